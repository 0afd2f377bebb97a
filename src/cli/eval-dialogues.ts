// npm run eval:dialogues -- FILE [FILE…] [--min 95]
// Judges multi-turn dialogues (JSON Lines: {"id","lang","turns":[{"q","expect","all","yesno"?}]}) with the
// context carried from turn to turn; exits 1 when follow-up turns pass below --min percent or a quote is bad.
import { createEngine } from "../answering/index.js";
import { claimCheckerSharing } from "../claims/index.js";
import { createDialogue } from "../dialogue/index.js";
import { describeDialogueVerdict, judgeDialogues, readDialogues } from "../eval/dialogues.js";
import { loadConversationOrExit, loadKnowledgeBaseOrExit } from "./load.js";

const args = process.argv.slice(2);
const minAt = args.indexOf("--min");
const min = minAt >= 0 ? Number(args.splice(minAt, 2)[1]) / 100 : 0.95;
const noClaims = args.includes("--no-claim-verdicts");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  console.error(
    "usage: npm run eval:dialogues -- DIALOGUES.jsonl [more.jsonl] [--min 95] [--no-claim-verdicts]",
  );
  process.exit(2);
}
const kb = loadKnowledgeBaseOrExit();
const engine = createEngine(kb);
const dialogue = createDialogue({
  engine,
  kb,
  conversation: loadConversationOrExit(kb) ?? { storyPoint: [], verdicts: new Map() },
  claims: !noClaims ? claimCheckerSharing(kb, engine) : undefined,
});
let ok = true;
for (const file of files) {
  const v = judgeDialogues(readDialogues(file), dialogue, kb.article.text);
  console.log(`${file}: ${describeDialogueVerdict(v)}`);
  for (const t of v.turns.filter((t) => !t.ok))
    console.log(`  FAIL ${t.dialogue}#${t.turn} | ${t.q} | ${t.detail}`);
  const inContext = v.inContext.total === 0 ? 1 : v.inContext.passed / v.inContext.total;
  if (inContext < min || v.badQuotes > 0) ok = false;
}
process.exitCode = ok ? 0 : 1;
