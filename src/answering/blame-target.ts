// Whom one speaker blames, asked with a guess or with no target ("did putin blame erdogan?", "so putin blames
// israel for this, right?", "who's putin pointing fingers at"): the article's answer is the party that speaker
// does blame, in that speaker's own blame entry. The words of the guessed party ("erdogan", "israel") otherwise
// pull up the entries about that party (the call with Erdogan, the ties with Israel), which do not say whom he
// blames, or leave the question between them unanswered. A why/how question asks the reason (why-reason.ts) and
// keeps its ranking.
import type { Analysis } from "./lexicon.js";
import { firstBelowTop, swappedToTop } from "./ranked-swap.js";
import type { Ranked } from "./ranker.js";

/** The blame concept's term (knowledge/synonyms.json: "blame", "at fault", "pointing fingers", …). */
const BLAME = "=blame";

/** How far below the top the speaker's blame entry may stand and still be put first. */
export const BLAME_MARGIN = 0.12;

/**
 * `ranked` with the asked speaker's own blame entry (quoting that speaker only, its question holding the blame
 * concept per `asksBlame`) put first when it is within `margin` of the top.
 */
export function blameTargetFirst(
  a: Analysis,
  ranked: Ranked[],
  asksBlame: (text: string) => boolean,
  margin = BLAME_MARGIN,
): Ranked[] {
  const top = ranked[0];
  if (!top || a.speakers.length === 0 || !a.content.includes(BLAME)) return ranked;
  if (a.cues.includes("why") || a.cues.includes("how")) return ranked;
  const asked = new Set(a.speakers);
  const own = (r: Ranked) =>
    r.entry.kind === "answer" &&
    r.entry.quotes.length > 0 &&
    r.entry.quotes.every((q) => q.speaker !== undefined && asked.has(q.speaker)) &&
    asksBlame(r.entry.question);
  if (own(top)) return ranked;
  const best = firstBelowTop(ranked, (r) => r.score >= top.score - margin && own(r));
  if (!best) return ranked;
  return swappedToTop(ranked, best);
}
