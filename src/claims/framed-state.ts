// (claims34) A speaker's frame around a sentence of another speaker said of the Russian state: "the foreign ministry
// said russia acknowledges the need for a Palestinian state" (Putin's acknowledgement, ¶3), «Песков сказал, что
// Москва признаёт …». Russia, Moscow stand for the state whose leader the passage quotes; the statement alone reads
// as Putin's words given to Russia (misattributed, as "Russia acknowledges …" is judged). Under a frame the state
// read as an actor put in Putin's place, and the claim came out altered — though nothing of what is said changed,
// only whose words they are (claims-blind54). A claim judged altered whose every change is the state put in a
// speaker's place, under the frame of a speaker of the article, is read by its statement alone; when that is the
// article's words (confirmed, or misattributed) and they are not the frame's speaker's, the claim is misattributed.
// Never confirms: only "altered" becomes "misattributed".
import { ARTICLE_SPEAKER } from "./claim-names.js";
import type { ClaimChecker } from "./types.js";
import { aloneAsClaimed, confirms } from "./verdict.js";

/** The Russian state by its names: Russia, Moscow, in either language (a Russian word in any case). */
const STATE = /^(?:the\s+)?(?:russia|moscow|russian\s+state|росси\p{L}*|москв\p{L}*)$/iu;

/** The checker, the state put in a speaker's place under another speaker's frame read as misattributed. */
export function judgingFramedState(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const framer = verdict.claimedSpeaker?.id;
    if (verdict.verdict !== "altered" || !framer || framer === ARTICLE_SPEAKER) return verdict;
    if (verdict.changes.length === 0) return verdict;
    if (!verdict.changes.every((c) => c.kind === "actor" && STATE.test(c.claimed.trim()))) return verdict;
    const statement = verdict.statement.trim();
    if (statement === "" || statement === text.trim()) return verdict;
    const alone = check(statement);
    if ((!confirms(alone.verdict) && alone.verdict !== "misattributed") || alone.span === null)
      return verdict;
    if (alone.sources.some((s) => s.speakerId === framer)) return verdict;
    return {
      ...aloneAsClaimed(alone, verdict),
      exact: null,
      changes: [],
      verdict: "misattributed",
    };
  };
}
