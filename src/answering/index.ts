// Question -> answer, with no Telegram in sight.

export { createEngine, type ExplainableEngine, type Explanation, REPLY_BUDGET } from "./engine.js";
export { DEFAULT_TUNING, type Tuning } from "./tuning.js";
export type {
  Answer,
  AnsweringEngine,
  AnswerKind,
  AttributedQuote,
  Lang,
  NoAnswerReason,
  Suggestion,
} from "./types.js";
