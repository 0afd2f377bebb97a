// The calibrated decision: answer when one entry clearly fits, ask "did you mean…?" when two or three are close,
// refuse when none fits well enough. Thresholds live in tuning.ts.
import type { Entry } from "../knowledge/index.js";
import type { Analysis } from "./lexicon.js";
import type { Ranked } from "./ranker.js";
import type { Tuning } from "./tuning.js";

export type Decision =
  | { kind: "answer"; entry: Entry; confidence: number; rival: Entry | null }
  | { kind: "ambiguous"; candidates: Entry[]; confidence: number }
  | { kind: "refuse"; candidates: Entry[]; confidence: number };

export function decide(ranked: Ranked[], analysis: Analysis, tuning: Tuning): Decision {
  const [best, second] = ranked;
  if (!best || analysis.content.length === 0) return { kind: "refuse", candidates: [], confidence: 0 };
  const near = ranked.filter((r) => r.score >= tuning.suggestAt && r.score >= best.score - 0.15).slice(0, 3);
  if (best.score < tuning.suggestAt) return { kind: "refuse", candidates: [], confidence: best.score };
  // The vocabulary gate: a name the article does not know (Biden, NATO, Iran) means the question is about
  // something else, even when it also says Putin. Refuse, offering what is near.
  if (analysis.unknownNames.length > 0) {
    return { kind: "refuse", candidates: near.map((r) => r.entry), confidence: best.score };
  }
  // "What is Erdogan's wife called?": a name and a word the knowledge base never uses; the name alone is no answer.
  const onlyNamesKnown =
    analysis.unknown.length > 0 &&
    analysis.content.every((t) => t.startsWith("@") || analysis.unknown.includes(t));
  if (best.score < tuning.answerAt || onlyNamesKnown) {
    return { kind: "ambiguous", candidates: near.map((r) => r.entry), confidence: best.score };
  }
  const rivalIsClose = second !== undefined && best.score - second.score < tuning.closeRival;
  const rivalIsRelated =
    second !== undefined &&
    (best.entry.related.includes(second.entry.id) || second.entry.related.includes(best.entry.id));
  if (rivalIsClose && !rivalIsRelated && best.score < tuning.sureAt) {
    return { kind: "ambiguous", candidates: near.map((r) => r.entry), confidence: best.score };
  }
  return {
    kind: "answer",
    entry: best.entry,
    confidence: best.score,
    rival: rivalIsClose ? second.entry : null,
  };
}
