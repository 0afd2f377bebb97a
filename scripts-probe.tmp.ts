import { createEngine } from "./src/answering/index.js";
import { createClaimChecker } from "./src/claims/index.js";
import { claimQuestionOf } from "./src/dialogue/claim-frame.js";
import { SpeakerNames } from "./src/dialogue/speakers.js";
import { loadKnowledgeBaseOrExit } from "./src/cli/load.js";
const kb = loadKnowledgeBaseOrExit();
const engine = createEngine(kb);
const checker = createClaimChecker(kb);
const sp = new SpeakerNames(kb);
for (const q of process.argv.slice(2)) {
  const c = claimQuestionOf(q, "en", sp);
  console.log(q, "\n  frame:", c);
  const v = (checker as any)(c ?? q) as any;
  console.log("  verdict:", v.verdict ?? v.kind, JSON.stringify(v).slice(0, 200));
}
