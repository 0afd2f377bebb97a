// How well a span backs a claim, from the claim's alignment with it (match.ts): the weighted share of the claim
// the span backs and of the span the claim uses, and their weighted harmonic mean (closest.ts ranks spans by it).
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";

/** Weighted share of the claim the span backs (containment) and of the span the claim uses (coverage). */
export function measure(pairs: Pair[], spanWords: Word[]): { containment: number; coverage: number } {
  let total = 0;
  let lined = 0;
  // The span words used, each once, in the order first met (the sum below adds them in that order, as a Set
  // would): closestUnit measures every span of the article per claim, so no Set and no array per span.
  let covered = 0;
  // An index loop: entries() made an [i, p] pair per claim word per span.
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    total += p.claim.weight;
    if (p.span) {
      lined += p.claim.weight;
      if (!usedBefore(pairs, i, p.span)) covered += p.span.weight;
    }
  }
  const spanTotal = weightOfSpan(spanWords);
  return {
    containment: total === 0 ? 0 : lined / total,
    coverage: spanTotal === 0 ? 0 : covered / spanTotal,
  };
}

/** Whether a pair before `i` already lines up with `span`. */
function usedBefore(pairs: Pair[], i: number, span: Word): boolean {
  for (let j = 0; j < i; j++) if (pairs[j]!.span === span) return true;
  return false;
}

/** A span's total weight, summed once per span (the article's spans are made at load; none is changed after). */
const spanWeights = new WeakMap<Word[], number>();

function weightOfSpan(spanWords: Word[]): number {
  let total = spanWeights.get(spanWords);
  if (total === undefined) {
    total = spanWords.reduce((sum, w) => sum + w.weight, 0);
    spanWeights.set(spanWords, total);
  }
  return total;
}

/** Weighted harmonic mean of containment (recall) and coverage (precision). */
export function fBeta(recall: number, precision: number, beta: number): number {
  if (recall === 0 && precision === 0) return 0;
  const b2 = beta * beta;
  return ((1 + b2) * precision * recall) / (b2 * precision + recall);
}
