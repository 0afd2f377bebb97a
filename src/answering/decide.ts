// The calibrated decision: answer when one entry clearly fits, ask "did you mean…?" when two or three are close,
// refuse when none fits well enough. Thresholds are measured on the project's question sets (npm run eval).
import type { Entry } from "../knowledge/index.js";
import type { Analysis } from "./lexicon.js";
import type { Ranked } from "./ranker.js";

/** At or above this score the best entry is answered (unless a close rival makes it ambiguous). */
export const ANSWER_AT = 0.5;
/** Below ANSWER_AT but at or above this, candidates are offered as "did you mean…?". */
export const SUGGEST_AT = 0.3;
/** A rival within this distance of the best makes the question ambiguous… */
export const CLOSE_RIVAL = 0.05;
/** …unless the best is at least this sure. */
export const SURE_AT = 0.8;

export type Decision =
  | { kind: "answer"; entry: Entry; confidence: number }
  | { kind: "ambiguous"; candidates: Entry[]; confidence: number }
  | { kind: "refuse"; candidates: Entry[]; confidence: number };

export function decide(ranked: Ranked[], analysis: Analysis): Decision {
  const [best, second] = ranked;
  if (!best || analysis.content.length === 0) return { kind: "refuse", candidates: [], confidence: 0 };
  const near = ranked.filter((r) => r.score >= SUGGEST_AT && r.score >= best.score - 0.15).slice(0, 3);
  if (best.score < SUGGEST_AT) return { kind: "refuse", candidates: [], confidence: best.score };
  if (best.score < ANSWER_AT) {
    return { kind: "ambiguous", candidates: near.map((r) => r.entry), confidence: best.score };
  }
  const rivalIsClose = second !== undefined && best.score - second.score < CLOSE_RIVAL;
  const rivalIsRelated =
    second !== undefined &&
    (best.entry.related.includes(second.entry.id) || second.entry.related.includes(best.entry.id));
  if (rivalIsClose && !rivalIsRelated && best.score < SURE_AT) {
    return { kind: "ambiguous", candidates: near.map((r) => r.entry), confidence: best.score };
  }
  return { kind: "answer", entry: best.entry, confidence: best.score };
}
