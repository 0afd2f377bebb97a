// The one reordering the "put X first" readers make to a ranking (why-reason, speaker-stance, blame-target,
// quoted-topic, count-asked): an entry below the top that fits takes the top's place and score, the top follows
// with that entry's score, the rest keep their order. Written as index loops: `const [top, ...rest] = ranked`
// copied the ranking through the iterator protocol in each of those readers on every question (~2 KB an answer).
import type { Ranked } from "./ranker.js";

/** The first entry after the top that `fits` (what `rest.find(fits)` gave, without making `rest`). */
export function firstBelowTop(ranked: readonly Ranked[], fits: (r: Ranked) => boolean): Ranked | undefined {
  for (let i = 1; i < ranked.length; i++) if (fits(ranked[i]!)) return ranked[i];
  return undefined;
}

/** `ranked` with `best` (one below the top) first with the top's score, then the top with best's, then the rest. */
export function swappedToTop(ranked: readonly Ranked[], best: Ranked): Ranked[] {
  const top = ranked[0]!;
  const out: Ranked[] = [
    { entry: best.entry, score: top.score },
    { entry: top.entry, score: best.score },
  ];
  for (let i = 1; i < ranked.length; i++) if (ranked[i] !== best) out.push(ranked[i]!);
  return out;
}
