// Question -> answer, with no Telegram in sight.
export { ANSWER_AT, SUGGEST_AT } from "./decide.js";
export { createEngine, REPLY_BUDGET } from "./engine.js";
export type { AnswerKind, AnsweringEngine, Answer, AttributedQuote, NoAnswerReason, Suggestion } from "./types.js";
