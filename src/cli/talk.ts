// npm run talk            a conversation on standard input, one message a line, the context carried
// npm run talk -- --json  the structured replies instead of text
import { createInterface } from "node:readline";
import { createEngine } from "../answering/index.js";
import { claimCheckerSharing } from "../claims/index.js";
import { createDialogue, type DialogueContext, dialogueAsText } from "../dialogue/index.js";
import { loadConversationOrExit, loadKnowledgeBaseOrExit } from "./load.js";

const json = process.argv.includes("--json");
const kb = loadKnowledgeBaseOrExit();
const engine = createEngine(kb);
const dialogue = createDialogue({
  engine,
  kb,
  conversation: loadConversationOrExit(kb) ?? { storyPoint: [], verdicts: new Map() },
  claims: !process.argv.includes("--no-claim-verdicts") ? claimCheckerSharing(kb, engine) : undefined,
});
let context: DialogueContext | null = null;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
  if (!line.trim()) continue;
  const turn = dialogue.respond(line, { lang: "en", context, now: Date.now() });
  context = turn.context;
  console.log(`> ${line}`);
  console.log(
    json
      ? JSON.stringify(
          turn.replies.map((r) =>
            r.kind === "answer" ? { ...r, answer: { ...r.answer, entry: r.answer.entry?.id } } : r,
          ),
        )
      : dialogueAsText(turn),
  );
  console.log("");
}
