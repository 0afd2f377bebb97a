// The calibrated decision: answer when one entry clearly fits, ask "did you mean…?" when two or three are close,
// refuse when none fits well enough. Thresholds live in tuning.ts.
import type { Entry } from "../knowledge/index.js";
import type { Analysis } from "./lexicon.js";
import { asksOtherGroup } from "./other-group.js";
import type { Ranked } from "./ranker.js";
import type { Tuning } from "./tuning.js";
import { asksUnknownTopic } from "./unknown-topic.js";

export type Decision =
  | { kind: "answer"; entry: Entry; confidence: number; rival: Entry | null }
  | { kind: "ambiguous"; candidates: Entry[]; confidence: number }
  | { kind: "refuse"; candidates: Entry[]; confidence: number };

export function decide(ranked: Ranked[], analysis: Analysis, tuning: Tuning): Decision {
  const [best, second] = ranked;
  if (!best || analysis.content.length === 0) return { kind: "refuse", candidates: [], confidence: 0 };
  const near = firstNear(ranked, Math.max(tuning.suggestAt, best.score - 0.15));
  if (best.score < tuning.suggestAt) return { kind: "refuse", candidates: [], confidence: best.score };
  // The vocabulary gate: a name the article does not know (Biden, NATO, Iran) means the question is about
  // something else, even when it also says Putin. Refuse, offering what is near.
  if (analysis.unknownNames.length > 0) {
    return { kind: "refuse", candidates: near.map((r) => r.entry), confidence: best.score };
  }
  // "Is Russia in a group on space?": a group on a topic the article never names; the Quartet is offered beside.
  if (asksOtherGroup(analysis)) {
    return { kind: "refuse", candidates: near.map((r) => r.entry), confidence: best.score };
  }
  // "Как работает фотосинтез?": a topic the article never names, framed by one plain word it does use.
  if (asksUnknownTopic(analysis)) return { kind: "refuse", candidates: [], confidence: best.score };
  // "What is Erdogan's wife called?": a name and a word the knowledge base never uses; the name alone is no answer.
  const onlyNamesKnown =
    analysis.unknown.length > 0 &&
    analysis.content.every((t) => t.startsWith("@") || analysis.unknown.includes(t));
  // "Who mentioned the Kremlin wanting to help?": the close candidates are one topic told from two sides (entries
  // marked related), so asking "which of these?" helps no one: the best is answered, the other offered beside it.
  // Only for a question in words the article uses as typed: a guessed word is no ground for a sure answer.
  const close = near.filter((r) => r.score >= best.score - tuning.oneTopicAllowance);
  const oneTopic =
    analysis.questionWords.length > 0 &&
    analysis.unknown.length === 0 &&
    !analysis.tokens.some((t) => t.correctedFrom !== undefined) &&
    close.length >= 2 &&
    close.every((r) => r === best || isRelated(best.entry, r.entry)) &&
    best.score >= tuning.answerAt - tuning.oneTopicAllowance;
  if ((best.score < tuning.answerAt && !oneTopic) || onlyNamesKnown) {
    return { kind: "ambiguous", candidates: near.map((r) => r.entry), confidence: best.score };
  }
  const rivalIsClose = second !== undefined && best.score - second.score < tuning.closeRival;
  const rivalIsRelated = second !== undefined && isRelated(best.entry, second.entry);
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

function isRelated(a: Entry, b: Entry): boolean {
  return a.related.includes(b.id) || b.related.includes(a.id);
}

/**
 * The first three ranked at or above `floor`, in order: ranked.filter(at or above).slice(0, 3) without the filtered
 * copy of the whole list (it runs on every answer, perf36b).
 */
export function firstNear(ranked: readonly Ranked[], floor: number): Ranked[] {
  const near: Ranked[] = [];
  for (let i = 0; i < ranked.length && near.length < 3; i++)
    if (ranked[i]!.score >= floor) near.push(ranked[i]!);
  return near;
}
