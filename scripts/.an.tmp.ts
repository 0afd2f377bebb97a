import { createEngine } from "../src/answering/index.js";
import { loadKnowledgeBaseOrExit } from "../src/cli/load.js";
const kb = loadKnowledgeBaseOrExit();
const engine = createEngine(kb);
const lex = engine.lexicon("ru")!;
for (const q of process.argv.slice(2)) {
  const a = lex.analyse(q);
  console.log(q, JSON.stringify({ content: a.content, topics: a.topics, slot: a.slotSubjects, cues: a.cues, frames: a.frames, sp: a.speakers }));
}
