// "Did they really say that?": a sentence about the story checked against the article. A second product beside
// answering/ (question -> answer); it borrows only the Lexicon and English word lists from there.

export { looksLikeClaim, looksLikeQuestion } from "../routing/index.js";
export { createClaimChecker, MAX_CLAIM_CHARS } from "./check.js";
export { HEDGES } from "./neutral-pairs.js";
export { joinPhrasalVerbs } from "./phrasal.js";
export { claimCheckerSharing, type SharedClaimChecker } from "./sharing.js";
export type {
  ClaimChange,
  ClaimChecker,
  ClaimSource,
  ClaimSpan,
  ClaimTuning,
  ClaimVerdict,
  ClaimVerdictKind,
} from "./types.js";
export { DEFAULT_CLAIM_TUNING } from "./types.js";
export { confirms } from "./verdict.js";
export { isAddedWish } from "./wanting.js";
export { parseFrame } from "./words.js";
