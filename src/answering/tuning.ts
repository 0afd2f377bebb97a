// The engine's numbers in one place, measured with `npm run eval` over test/questions/ (see README).
export interface Tuning {
  /** How much a term found only in an entry's answer or quotes counts, against one in its phrasings or keywords. */
  weakMatch: number;
  /** Share of the score that is coverage of the question's terms; the rest is the best single-phrasing match. */
  coverageShare: number;
  /** An unknown common English word weighs this share of an unknown name. */
  commonUnknownShare: number;
  /** Weight of a question word ("who", "which") in the phrasing match: "who is Peskov" is not "what did Peskov say". */
  questionWordWeight: number;
  /** At or above this score the best entry is answered. */
  answerAt: number;
  /** Below answerAt but at or above this, candidates are offered as "did you mean…?"; below, a refusal. */
  suggestAt: number;
  /** A rival within this distance of the best, with the best below sureAt, makes the question ambiguous. */
  closeRival: number;
  sureAt: number;
}

export const DEFAULT_TUNING: Tuning = {
  weakMatch: 0.6,
  coverageShare: 0.6,
  commonUnknownShare: 0.5,
  questionWordWeight: 0.5,
  answerAt: 0.5,
  suggestAt: 0.3,
  closeRival: 0.05,
  sureAt: 0.6,
};
