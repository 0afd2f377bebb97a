// npm run eval -- FILE [FILE…] [--min-answer 97] [--min-refuse 97]
// Judges question files with the shared judge's rules; exits 1 below the thresholds or on any bad quote.
import { createEngine } from "../answering/index.js";
import { describeVerdict, judge, readQuestions, share, toJsonlRecord } from "../eval/judge.js";
import { loadKnowledgeBaseOrExit } from "./load.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const minAnswer = option("--min-answer", 97) / 100;
const minRefuse = option("--min-refuse", 97) / 100;
if (args.length === 0) {
  console.error("usage: npm run eval -- QUESTIONS.jsonl [more.jsonl] [--min-answer 97] [--min-refuse 97]");
  process.exit(2);
}

const kb = loadKnowledgeBaseOrExit();
const engine = createEngine(kb);
let ok = true;
for (const file of args) {
  const questions = readQuestions(file);
  const verdict = judge(
    questions,
    questions.map((q) => toJsonlRecord(q.q, engine.findAnswer(q.q))),
    kb.article.text,
  );
  console.log(`${file}: ${describeVerdict(verdict)}`);
  for (const f of verdict.failures) console.log(`  FAIL ${f.kind} | ${f.question} | ${f.detail}`);
  const good =
    share(verdict.tally.answer) >= minAnswer &&
    share(verdict.tally.refuse) >= minRefuse &&
    verdict.badQuotes === 0;
  if (!good) ok = false;
  console.log(`  ${verdict.passed} passed, ${verdict.failed} failed${good ? "" : " — below the thresholds"}`);
}
process.exitCode = ok ? 0 : 1;
