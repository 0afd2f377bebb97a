// A name set against the article's inside the sentence: "Putin called Iranian president Raisi, not Erdogan, to
// talk about the fighting". The claim says the deed was not done with the name the article gives, but its own
// name and title lined up with nothing, and it fell below the passage: not in the article. A claim read as not
// in the article with "NAME, not NAME2," / «ИМЯ, а не ИМЯ2,» after a word of its own (not at its opening: that
// is a correction of who said it, correction.ts) is read again with the denied name in the affirmed one's place
// and the aside taken off. When the article has that ("Putin called Iranian president Erdogan …" lines up with
// the call), the claim swaps the article's name for its own: altered, the swap its first change. It never
// confirms. Every pattern is bounded: no nested repetition.
import type { ClaimChecker } from "./types.js";

/**
 * "Raisi, not Erdogan," / «Раиси, а не Эрдогану,»: the affirmed name (1-3 capitalised words), the denied one. A name
 * starts a word (the lookbehind): tried from every capital of a long run of capitals, it was quadratic (0.5 s for
 * 4,096 "İ").
 */
const ASIDE =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),\s*(?:not|а\s+не)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*,/u;

/** The checker, a not-in-article claim denying the article's name in an aside read as that name swapped. */
export function judgingNameNotName(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const aside = ASIDE.exec(text);
    // The aside must follow some words of the claim: one at the opening corrects the speaker.
    if (!aside || text.slice(0, aside.index).trim().split(/\s+/u).length < 2) return verdict;
    const [, affirmed, denied] = aside;
    const rest = text.slice(aside.index + aside[0].length).replace(/^\s*/u, " ");
    const read = check(`${text.slice(0, aside.index)}${denied}${rest}`);
    if (read.verdict === "not-in-article" || read.verdict === "cannot-judge") return verdict;
    return {
      ...read,
      verdict: "altered",
      exact: null,
      claim: verdict.claim,
      statement: verdict.statement,
      changes: [{ kind: "actor", claimed: affirmed!, article: denied! }, ...read.changes],
    };
  };
}
