import { Lexicon } from "./src/answering/lexicon.js";
import { createClaimChecker } from "./src/claims/index.js";
import { loadKnowledgeBaseOrExit } from "./src/cli/load.js";
const kb = loadKnowledgeBaseOrExit();
const check = createClaimChecker(kb, new Lexicon(kb));
for (const c of process.argv.slice(2)) {
  const v = check(c);
  console.log(`${v.verdict} | ${c} | ¶${v.span?.paragraph ?? "-"} c=${v.similarity?.containment} cov=${v.similarity?.coverage} changes ${JSON.stringify(v.changes)} unbacked ${JSON.stringify(v.unbacked)}`);
}
