// npm run talk            a conversation on standard input, one message a line, the context carried
// npm run talk -- --json  the structured replies instead of text
import { createInterface } from "node:readline";
import { createEngine } from "../answering/index.js";
import { createDialogue, type DialogueContext, dialogueAsText, loadConversation } from "../dialogue/index.js";
import { defaultKnowledgeDir } from "../knowledge/index.js";
import { loadKnowledgeBaseOrExit } from "./load.js";

const json = process.argv.includes("--json");
const kb = loadKnowledgeBaseOrExit();
const dialogue = createDialogue({
  engine: createEngine(kb),
  kb,
  conversation: loadConversation(process.env.KNOWLEDGE_DIR || defaultKnowledgeDir(), kb),
  claimVerdicts: !process.argv.includes("--no-claim-verdicts"),
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
