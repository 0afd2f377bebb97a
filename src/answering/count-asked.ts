// A "how many" entry the article cannot answer (casualty-figures: "the article doesn't give any figures") found for
// a question that asks for no number ("how are civilians being hurt", "how are ordinary people getting caught up in
// this"): the question asks how, not how many, and the answered entry beside it (Putin's concern over civilian
// casualties) says what the article does tell. A count word keeps the figures entry first.
import type { Analysis } from "./lexicon.js";
import { firstBelowTop, swappedToTop } from "./ranked-swap.js";
import type { Ranked } from "./ranker.js";

/** Words asking for a number. */
const COUNTED =
  /\b(?:how\s+(?:many|much)|many|number|numbers|figure|figures|toll|tolls|count|counts|total|totals|statistics|stats|tally|tallies|digits|amount|sum|percent|percentage)\b|\d/i;
/** An entry that answers "how many / how much" only to say the article gives no figure. */
const COUNT_ENTRY = /^how\s+(?:many|much)\b/i;

/** `ranked` with an answered related entry put before a figures-not-given entry when no number is asked. */
export function countEntryOnlyIfCounted(a: Analysis, ranked: Ranked[], margin: number): Ranked[] {
  const top = ranked[0];
  if (top?.entry.kind !== "not-in-article" || !COUNT_ENTRY.test(top.entry.question)) return ranked;
  // The words as typed and as corrected ("hw mny" is "how many").
  if (COUNTED.test(a.words) || COUNTED.test(a.tokens.map((t) => t.surface).join(" "))) return ranked;
  const best = firstBelowTop(
    ranked,
    (r) =>
      r.entry.kind === "answer" && top.entry.related.includes(r.entry.id) && r.score >= top.score - margin,
  );
  if (!best) return ranked;
  return swappedToTop(ranked, best);
}
