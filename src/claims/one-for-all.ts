// "The article calls for approaches that prioritize Israel's interests above all others" of "… the interests and
// aspirations of all parties involved"; "Moscow sides with the Palestinians" of "… with both warring sides": one
// party the article names put where the passage has all of them. The claim's other words ("above all others",
// "openly sides") pulled it short of a match, and a claim read near its passage with that swap noted was still
// judged not in the article. One named party for the passage's "all" or "both" is an alteration of that passage.
// A party the article never names ("no contacts with Iran") is left as it was: that is news, not a swap.
// So is "the sole mediator" of "an impartial mediator" put in another speaker's mouth: a stance of the claim's own
// said by someone the passage gives no words is read as news (verdict.ts), but "sole" restricts the passage's own
// word, a role it gives Russia among others; an alteration of it when the claim's words reach a match.
// "The leading role", «единственным посредником» of "a constructive role" read near its passage but short of a
// match (the claim's other words, "push through its own settlement", «стать», weigh it down): a word of primacy in
// the place of the passage's own word for the part it gives Russia makes that part stronger, an alteration of it.
// Read late (check.ts), so a reading that places the claim better is heard first.
// Every regular expression is bounded: anchored, one word at a time.
import type { ClaimChange, ClaimChecker, ClaimTuning } from "./types.js";

/** The passage's words for every party: "all parties involved", "both warring sides", "обеими воюющими сторонами". */
const EVERY_PARTY = /^(?:all|both|every|each|обеими|обеих|обе|обоих|всех|все)(?:\s|$)/iu;

/** "sole", "единственным": a word making one of what the passage gives as one among others. */
const SOLE = /^(?:sole|solely|only|exclusive|exclusively|единствен|исключительн)/iu;

/** "leading", «главную», "sole": a word putting first, or alone, what the passage gives as one part among others. */
const PRIMACY =
  /^(?:sole|only|exclusive|leading|main|principal|chief|dominant|единствен|исключительн|главн|ведущ|основн)/iu;

/** A change putting one party the article names where the passage has them all. */
export function oneForAll(change: ClaimChange, named: (party: string) => boolean): boolean {
  return change.kind === "replaced" && EVERY_PARTY.test(change.article) && named(change.claimed);
}

/** The checker, a claim near its passage that swaps all parties for one read as altered. */
export function judgingOneForAll(
  check: ClaimChecker,
  articleText: string,
  tuning: ClaimTuning,
): ClaimChecker {
  const article = articleText.toLowerCase();
  const named = (party: string) => {
    const w = party.toLowerCase().trim();
    return w.length >= 3 && article.includes(w.slice(0, Math.max(3, w.length - 2)));
  };
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article" || verdict.span === null) return verdict;
    if (verdict.similarity.containment < tuning.closeAt) return verdict;
    const stances = verdict.changes.filter((c) => c.kind === "stance");
    if (
      verdict.similarity.containment >= tuning.matchAt &&
      stances.length === verdict.changes.length &&
      stances.some((c) => SOLE.test(c.claimed) && c.article !== "")
    )
      return { ...verdict, verdict: "altered" };
    // A name the article never gives among the claim's additions ("Hamas leaders in Doha"): news, left as it was.
    if (verdict.changes.some((c) => c.kind === "added" && !named(c.claimed))) return verdict;
    return verdict.changes.some((c) => oneForAll(c, named)) ? { ...verdict, verdict: "altered" } : verdict;
  };
}

/**
 * The checker, a claim near its passage (containment at least closeAt) judged not in the article whose only
 * changes are a word of primacy in the place of the passage's own word and a speaker misread: altered.
 */
export function judgingPrimacyInPlace(check: ClaimChecker, tuning: ClaimTuning): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article" || verdict.span === null) return verdict;
    if (verdict.similarity.containment < tuning.closeAt) return verdict;
    const inPlace = verdict.changes.some(
      (c) => c.kind === "stance" && c.article !== "" && PRIMACY.test(c.claimed),
    );
    const onlyThat = verdict.changes.every((c) => c.kind === "stance" || c.kind === "actor");
    return inPlace && onlyThat ? { ...verdict, verdict: "altered" } : verdict;
  };
}
