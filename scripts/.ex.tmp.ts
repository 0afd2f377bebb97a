import { createEngine } from "../src/answering/index.js";
import { loadKnowledgeBaseOrExit } from "../src/cli/load.js";
const kb = loadKnowledgeBaseOrExit();
const engine = createEngine(kb);
for (const q of process.argv.slice(2)) {
  const e = engine.explain(q);
  const a = engine.findAnswer(q);
  console.log(`${q}\n  ${a.answered ? "ANS" : a.reason} ${a.entry?.id ?? ""} ${a.readAs ?? ""}\n  ${e.tokens.join(" ")}\n  ${e.ranked.map((r) => `${r.entryId}:${r.score}`).join(" ")}`);
}
