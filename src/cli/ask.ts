// npm run ask -- "question"        prints the reply as a person would read it
// npm run --silent ask -- --jsonl  one question a line on standard input, one JSON answer a line out
// npm run ask -- --explain "q"     the reply, then how the engine read the question
// --lang ru (anywhere): the reader's language, used when the question's words do not decide ("putin")
import { createInterface } from "node:readline";
import { createEngine, type Lang } from "../answering/index.js";
import { renderPlainText } from "../answering/plain-text.js";
import { toJsonlRecord } from "../eval/judge.js";
import { loadKnowledgeBaseOrExit } from "./load.js";

const args = process.argv.slice(2);
const langAt = args.indexOf("--lang");
const langArg = langAt >= 0 ? args.splice(langAt, 2)[1] : undefined;
if (langArg !== undefined && langArg !== "en" && langArg !== "ru") {
  console.error(`--lang takes en or ru, not "${langArg}"`);
  process.exit(2);
}
const lang: Lang | undefined = langArg;
const engine = createEngine(loadKnowledgeBaseOrExit());

if (args[0] === "--jsonl") {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  for await (const line of lines) {
    out.push(JSON.stringify(toJsonlRecord(line, engine.findAnswer(line, lang))));
    if (out.length >= 256) process.stdout.write(`${out.splice(0).join("\n")}\n`);
  }
  if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
} else if (args[0] === "--explain") {
  const question = args.slice(1).join(" ");
  console.log(renderPlainText(engine.findAnswer(question, lang)));
  console.log(`\n--- how the engine read it\n${JSON.stringify(engine.explain(question), null, 2)}`);
} else if (args.length === 0 || args[0] === "--help") {
  console.log(
    'usage: npm run ask -- [--lang ru] "who did putin call?"\n       npm run --silent ask -- --jsonl < questions.txt',
  );
  process.exitCode = args.length === 0 ? 2 : 0;
} else {
  console.log(renderPlainText(engine.findAnswer(args.join(" "), lang)));
}
