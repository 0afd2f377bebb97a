// The last texts the engine read, with their analysis and (once asked for) their ranking. One message makes the
// engine read the same text more than once (its answer, then explain() when it was refused; the yes/no test's
// concepts of a text the claim check reads too), and a reading depends on nothing but the text and the reader's
// index, which do not change after start: the second time is a lookup. Bounded, so memory is too.
import { RecentCache } from "../lib/recent-cache.js";
import type { Analysis, Lexicon } from "./lexicon.js";
import type { Ranked, Ranker } from "./ranker.js";
import type { Lang } from "./types.js";

/** Texts kept: a turn reads a handful; an analysis is a few hundred bytes. */
export const READS_KEPT = 32;

export interface Reading {
  analysis: Analysis;
  /** The reader's ranking of the analysis, worked out on first call. */
  ranked(): Ranked[];
}

/** Shared, never changed by a caller: whoever needs to change a part copies it. */
export function recentReads(
  capacity = READS_KEPT,
): (reader: { lang: Lang; lexicon: Lexicon; ranker: Ranker }, text: string) => Reading {
  const kept = new RecentCache<string, Reading>(capacity);
  return (reader, text) =>
    kept.getOrMake(`${reader.lang}\u0000${text}`, () => {
      const analysis = reader.lexicon.analyse(text);
      let ranked: Ranked[] | undefined;
      return { analysis, ranked: () => (ranked ??= reader.ranker.rank(analysis)) };
    });
}
