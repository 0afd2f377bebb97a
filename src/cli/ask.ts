// npm run ask -- "question"        prints the reply as a person would read it (the bot's reply to a first message)
// npm run --silent ask -- --jsonl  one question a line on standard input, one JSON answer a line out
// npm run ask -- --explain "q"     the engine's reply, then how the engine read the question
// --lang ru (anywhere): the reader's language, used when the question's words do not decide ("putin")
// --engine (anywhere): the answering engine alone, without the dialogue layer (two questions in one message,
// yes/no lines and small talk are the dialogue layer's)
import { createInterface } from "node:readline";
import { createEngine, type Lang } from "../answering/index.js";
import { renderPlainText } from "../answering/plain-text.js";
import { claimCheckerSharing } from "../claims/index.js";
import { createDialogue, dialogueAsText, dialogueRecord } from "../dialogue/index.js";
import { type JsonlRecord, toJsonlRecord } from "../eval/judge.js";
import { loadConversationOrExit, loadKnowledgeBaseOrExit } from "./load.js";

const args = process.argv.slice(2);
const langAt = args.indexOf("--lang");
const langArg = langAt >= 0 ? args.splice(langAt, 2)[1] : undefined;
if (langArg !== undefined && langArg !== "en" && langArg !== "ru") {
  console.error(`--lang takes en or ru, not "${langArg}"`);
  process.exit(2);
}
const engineAt = args.indexOf("--engine");
const engineOnly = engineAt >= 0;
if (engineOnly) args.splice(engineAt, 1);
const lang: Lang | undefined = langArg;
const kb = loadKnowledgeBaseOrExit();
const engine = createEngine(kb);
/** Built only when a question is answered through it: --explain and --help need no claim checker. */
const dialogue = () =>
  createDialogue({
    engine,
    kb,
    conversation: loadConversationOrExit(kb) ?? { storyPoint: [], verdicts: new Map() },
    claims: claimCheckerSharing(kb, engine),
  });

/** The reply to a question as a first message: what the bot answers (both halves of two questions, a yes/no line). */
function answerOf(respond: ReturnType<typeof dialogue> | null, question: string): JsonlRecord {
  if (respond === null) return toJsonlRecord(question, engine.findAnswer(question, lang));
  const { verdict: _verdict, kinds: _kinds, ...record } = dialogueRecord(question, turnOf(respond, question));
  return record;
}

function turnOf(respond: ReturnType<typeof dialogue>, question: string) {
  return respond.respond(question, { lang: lang ?? "en", context: null, now: Date.now() });
}

if (args[0] === "--jsonl") {
  const respond = engineOnly ? null : dialogue();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  for await (const line of lines) {
    out.push(JSON.stringify(answerOf(respond, line)));
    if (out.length >= 256) process.stdout.write(`${out.splice(0).join("\n")}\n`);
  }
  if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
} else if (args[0] === "--explain") {
  const question = args.slice(1).join(" ");
  console.log(renderPlainText(engine.findAnswer(question, lang)));
  console.log(`\n--- how the engine read it\n${JSON.stringify(engine.explain(question), null, 2)}`);
} else if (args.length === 0 || args[0] === "--help") {
  console.log(
    'usage: npm run ask -- [--lang ru] [--engine] "who did putin call?"\n       npm run --silent ask -- --jsonl [--engine] < questions.txt',
  );
  process.exitCode = args.length === 0 ? 2 : 0;
} else {
  const question = args.join(" ");
  console.log(
    engineOnly
      ? renderPlainText(engine.findAnswer(question, lang))
      : dialogueAsText(turnOf(dialogue(), question)),
  );
}
