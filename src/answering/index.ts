// Question -> answer, with no Telegram in sight.

export { cyrillicNamesOf, withEnglishNames } from "./cyrillic-names.js";
export {
  buildEnglishIndex,
  createEngine,
  type ExplainableEngine,
  type Explanation,
  REPLY_BUDGET,
  type SavedEnglishIndex,
} from "./engine.js";
export {
  loadSavedEnglishIndex,
  removeSavedEnglishIndex,
  SAVED_INDEX_FILE,
  writeSavedEnglishIndex,
} from "./saved-index.js";
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
