// The passage a claim is held against: the closest span by shared words, or the named speaker's own passage
// that has the claim's predicate. Shared by the English and the Russian paths.

import type { KnowledgeBase } from "../knowledge/index.js";
import type { Word } from "./claim-words.js";
import { align, type Pair } from "./match.js";
import { fBeta, measure } from "./measure.js";
import type { ClaimTuning } from "./types.js";
import type { ArticleUnit } from "./units.js";
import type { ClaimVocabulary } from "./vocabulary.js";

export interface Closest {
  unit: ArticleUnit;
  pairs: Pair[];
  containment: number;
  coverage: number;
}

/**
 * The passage a claim naming a speaker is about: among that speaker's passages, the best one that has the
 * claim's predicate (its first meaningful word after the speaker: "blamed" in "Putin blamed Hamas …") or its
 * opposite. Only when none has it, the passage with the most words in common, whoever speaks there.
 */
// When the closest passage is already the speaker's, it stands: "Putin opposed an immediate ceasefire" is about
// the ceasefire sentence, not the one where Putin acknowledges (the opposite of opposes) a state.
export function aboutSpeaker(
  candidates: ArticleUnit[],
  words: Word[],
  speakerId: string | null,
  closest: (among: ArticleUnit[]) => Closest | null,
  closeAt: number,
): Closest | null {
  // Not a weight-0 marker: "failed" in "Putin failed to mention" only negates.
  const predicate = words.find((w) => !w.entity && w.weight > 0);
  const overall = closest(candidates);
  if (speakerId === null || predicate === undefined || overall?.unit.speakerIds.has(speakerId))
    return overall;
  const own = candidates.filter(
    (u) =>
      u.speakerIds.has(speakerId) &&
      u.words.some(
        (w) =>
          w.term === predicate.term ||
          (predicate.cls >= 0 && w.cls === predicate.cls) ||
          w.parts.some((p) => predicate.parts.includes(p)),
      ),
  );
  const ownBest = closest(own);
  // The speaker's passage must still be about the claim: a shared verb alone does not make it the evidence.
  return ownBest && ownBest.containment >= closeAt ? ownBest : overall;
}

/** The span the claim fits best: mostly how much of the claim it backs, a little how much of it the claim uses. */
export function closestUnit(
  units: ArticleUnit[],
  words: Word[],
  claimedId: string | null,
  exact: boolean,
  vocabulary: ClaimVocabulary,
  tuning: ClaimTuning,
  /** The claim's alignments so far, by span: aboutSpeaker asks again about spans it has already aligned. */
  aligned?: Map<ArticleUnit, Pair[]>,
): Closest | null {
  let best: Closest | null = null;
  let bestScore = -1;
  for (const unit of units) {
    let pairs = aligned?.get(unit);
    if (!pairs) {
      pairs = align(words, unit.words, vocabulary);
      aligned?.set(unit, pairs);
    }
    const { containment, coverage } = measure(pairs, unit.words);
    const speaks = claimedId !== null && unit.speakerIds.has(claimedId) ? 0.05 : 0;
    // For a verbatim match, the shortest span that holds it (the sentence rather than the paragraph).
    const score = fBeta(containment, coverage, tuning.beta) + speaks - (exact ? unit.text.length / 1e6 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = { unit, pairs, containment, coverage };
    }
  }
  return best;
}

/** Who may be a sentence's subject: a speaker who talks, or one the article talks about in its own voice (Moscow). */
export function speakersTalkedAbout(kb: KnowledgeBase): Set<string> {
  return new Set([
    ...kb.speakers.filter((s) => s.quoted).map((s) => s.id),
    ...kb.entries.flatMap((e) => e.quotes.filter((q) => q.voice === "article").map((q) => q.speaker)),
  ]);
}
