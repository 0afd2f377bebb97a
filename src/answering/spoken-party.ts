// What one voice said about several parties at once, in Russian ("путин хамас израиль что сказал", "что путин
// сказал про хамас и израиль"): the question is the voice's when one of the parties is in its own words (Putin
// names Israel and Gaza, never Hamas), so its entry whose quotes name that party comes before the article's
// sentences about the parties (quality33). English reads the same by the quotes' surface (quoted-topic.ts); a
// party the voice never names ("что путин сказал про хамас") keeps its "the article doesn't say".
import type { Analysis } from "./lexicon.js";
import { firstBelowTop, swappedToTop } from "./ranked-swap.js";
import type { Ranked, Ranker } from "./ranker.js";

/** `ranked` with the asked voice's entry naming the parties it spoke of put first, when within `margin`. */
export function spokenPartyFirst(a: Analysis, ranked: Ranked[], ranker: Ranker, margin: number): Ranked[] {
  const top = ranked[0];
  if (!top || a.speakers.length !== 1 || a.topics.length < 2 || !a.cues.includes("~say")) return ranked;
  const [speaker] = a.speakers as [string];
  const spoken = a.topics.filter((t) => ranker.spokenOf(t, [speaker]));
  if (spoken.length === 0) return ranked;
  const names = (r: Ranked) =>
    r.entry.kind === "answer" && spoken.every((t) => ranker.quotesOnlyHold(r.entry, speaker, t));
  if (names(top)) return ranked;
  const best = firstBelowTop(ranked, (r) => names(r) && r.score >= top.score - margin);
  return best ? swappedToTop(ranked, best) : ranked;
}
