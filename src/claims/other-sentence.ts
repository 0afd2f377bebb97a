// The readers of a claim read as not in the article that look past the checker's passage to a sentence of their
// own: a failure said to be meant (intended-failure.ts), one party where a sentence has all (one-for-all-sentence.ts).
// Each only turns "not in the article" into "altered"; neither ever confirms.
import type { Sentence } from "./contrary-deed.js";
import { judgingIntendedFailure } from "./intended-failure.js";
import { judgingOneForAllSentence } from "./one-for-all-sentence.js";
import type { ClaimChecker } from "./types.js";

export function judgingOtherSentence(check: ClaimChecker, sentences: readonly Sentence[]): ClaimChecker {
  return judgingOneForAllSentence(judgingIntendedFailure(check, sentences), sentences);
}
