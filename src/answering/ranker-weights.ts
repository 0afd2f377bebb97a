// What the ranker reads off its index once, at load, to score every question: each term's weight (rarer is
// heavier, an inverse entry frequency), the phrasings holding each term (so a question's overlap with every
// phrasing is one pass over its terms), and each phrasing's own weight (its terms' and cues'). ranker.ts scores.
import type { IndexedEntry } from "./ranker-index.js";
import type { Tuning } from "./tuning.js";

export interface RankerWeights {
  /** Each term's weight, by the entries holding it (strong or weak). */
  idf: Map<string, number>;
  /** The weight of a term the knowledge base does not know: as much as the rarest one. */
  unknownWeight: number;
  /** The phrasings (by `at`) holding each term. */
  postings: Map<string, number[]>;
  /** Per phrasing (by `at`), its own weight: the same for every question. */
  totals: Float64Array;
  /** How many phrasings (the length of the per-phrasing arrays). */
  phrasingCount: number;
}

/** Numbers each phrasing (`at`, in entry order) and works out the weights; `at` is set on the index's phrasings. */
export function rankerWeights(indexed: readonly IndexedEntry[], tuning: Tuning): RankerWeights {
  const postings = new Map<string, number[]>();
  // Each phrasing's place in the postings' numbering, and the phrasings holding each term.
  let phrasingCount = 0;
  for (const e of indexed)
    for (const phrasing of e.phrasings) {
      phrasing.at = phrasingCount++;
      for (const t of phrasing.terms) {
        const holders = postings.get(t);
        if (holders) holders.push(phrasing.at);
        else postings.set(t, [phrasing.at]);
      }
    }
  const df = new Map<string, number>();
  for (const e of indexed) for (const t of new Set([...e.strong, ...e.weak])) df.set(t, (df.get(t) ?? 0) + 1);
  const n = indexed.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  const unknownWeight = Math.log(1 + n);
  const totals = new Float64Array(phrasingCount);
  for (const e of indexed)
    for (const p of e.phrasings) {
      let phrasingTotal = tuning.cueWeight * p.cues.length;
      for (const t of p.terms) phrasingTotal += idf.get(t) ?? unknownWeight;
      totals[p.at] = phrasingTotal;
    }
  return { idf, unknownWeight, postings, totals, phrasingCount };
}
