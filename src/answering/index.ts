// Question -> answer, with no Telegram in sight.

export { looksLikeClaim, looksLikeQuestion } from "./claim-words.js";
export {
  type ClaimChange,
  type ClaimSource,
  type ClaimSpan,
  type ClaimVerdict,
  type ClaimVerdictKind,
  createClaimChecker,
} from "./claims.js";
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
