// A verdict shown on the last answer's evidence, with a line of its own before it (against-last-answer.ts and the
// readers split from it).
import type { Answer } from "../answering/types.js";
import { answerReply } from "./dialogue-kit.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import type { AnswerReply } from "./types.js";

/** "The article doesn't say" about `what`, asked after `question`: `line` first, then the last answer's evidence. */
export function notSaidOf(evidence: Answer, question: string, what: string, line: string): AnswerReply {
  return onLastEvidence(evidence, question, what, line, "not-said");
}

/** A verdict on `what`, asked after `question`, from the last answer's evidence, with `line` (if any) before it. */
export function onLastEvidence(
  evidence: Answer,
  question: string,
  what: string,
  line: string,
  verdict: "yes" | "no" | "not-said",
): AnswerReply {
  const shown = withoutOwnVerdict(evidence.answer);
  return answerReply(
    { ...evidence, answer: line ? `${line} ${shown}` : shown },
    {
      understood: `${question} — ${what}`,
      followUp: "topic-switch",
      asked: question,
      verdict,
      verdictSource: "article-text",
    },
  );
}
