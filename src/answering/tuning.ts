// The engine's numbers in one place, measured with `npm run eval` over test/questions/ (docs/answering-engine.md).
export interface Tuning {
  /** How much a term found only in an entry's answer or quotes counts, against one in its phrasings or keywords. */
  weakMatch: number;
  /** Share of the score that is coverage of the question's terms; the rest is the best single-phrasing match. */
  coverageShare: number;
  /** An unknown common English word weighs this share of an unknown name. */
  commonUnknownShare: number;
  /** Weight of a cue (question word, frame class) in the phrasing match: "who is Peskov" is not "what did Peskov say". */
  cueWeight: number;
  /** Subtracted when a question asks what a speaker said or holds, or names a speaker, and the entry quotes none of them. */
  speakerMismatchPenalty: number;
  /** Subtracted from every answer when a party the article never quotes stands where a speaker does ("what did Hamas say"). */
  unquotedPartyPenalty: number;
  /** Taken from a gap entry whose missing detail the question does not ask, when an answer entry holds its terms. */
  unaskedGapPenalty: number;
  /** At or above this score the best entry is answered. */
  answerAt: number;
  /** How far below answerAt a best entry is still answered when every close candidate is related to it. */
  oneTopicAllowance: number;
  /** Below answerAt but at or above this, candidates are offered as "did you mean…?"; below, a refusal. */
  suggestAt: number;
  /** A rival within this distance of the best, with the best below sureAt, makes the question ambiguous. */
  closeRival: number;
  sureAt: number;
}

export const DEFAULT_TUNING: Tuning = {
  weakMatch: 0.6,
  coverageShare: 0.5,
  commonUnknownShare: 0.65,
  cueWeight: 0.8,
  speakerMismatchPenalty: 0.1,
  unquotedPartyPenalty: 0.25,
  unaskedGapPenalty: 0.1,
  answerAt: 0.55,
  oneTopicAllowance: 0.1,
  suggestAt: 0.3,
  closeRival: 0.05,
  sureAt: 0.6,
};
