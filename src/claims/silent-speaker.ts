// (claims33) A stance given to someone the article names but never gives words to (Erdogan, its call partner),
// about a party the passage does not blame or praise: "Erdogan blamed Israel for the escalation" lined up with
// Putin's "directs blame towards the United States" and read as that passage altered (Israel for the United
// States). But nothing of it stands: neither who speaks nor of whom — it is news, not in the article. Words of a
// speaker given to the call partner unchanged ("Erdogan blamed the United States for …") stay misattributed; a
// claim that keeps the passage's party and its stance but says it the other way round stays altered ("Erdogan
// praised Washington for monopolizing …": only another party, or a stance the passage has nothing for, counts).
// Never confirms: only "altered" is read, and only "not in the article" comes out.
import type { ClaimChecker } from "./types.js";

/** The checker, a silent party's stance about another party than the passage's read as not in the article. */
export function judgingSilentSpeaker(check: ClaimChecker, quoted: ReadonlySet<string>): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const id = verdict.claimedSpeaker?.id;
    if (verdict.verdict !== "altered" || !id || quoted.has(id)) return verdict;
    // Another party, or a stance the passage has nothing for ("criticized" where it only reports violence).
    if (!verdict.changes.some((c) => c.kind === "actor" || (c.kind === "stance" && c.article.trim() === "")))
      return verdict;
    return { ...verdict, verdict: "not-in-article", exact: null };
  };
}
