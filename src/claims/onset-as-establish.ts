// "The Foreign Ministry wants direct talks between Palestinians and Israelis to start" of "… establish direct
// Palestinian-Israeli dialogue": the claim says the dialogue should start where the passage says it should be
// established. "start" (begin, get going, get under way) lined up with nothing, or with another word of the
// passage, and read as a word of the claim's own that replaces the passage's: altered, or not in the article. A
// claim read so that has such a word is read again with "establish" in its place; the second reading is taken
// only when the passage's own "establish" backs it and it changes nothing else (a paraphrase, or misattributed
// when another speaker says it), or when it still alters the passage (its other changes kept, "start" no longer among them). A claim whose start
// stands where the passage has no "establish" keeps its verdict: the onset verb means the same only of a thing
// the passage wants set up.
import type { ClaimChecker } from "./types.js";

/** An onset verb by its form, and "establish" in the same form. */
const ONSET: readonly [RegExp, string][] = [
  [/\b(?:starts|begins|gets going|gets under ?way|kicks off)\b/giu, "establishes"],
  [/\b(?:started|began|begun|got going|got under ?way|kicked off)\b/giu, "established"],
  [/\b(?:starting|beginning|getting going|getting under ?way|kicking off)\b/giu, "establishing"],
  [/\b(?:start|begin|get going|get under ?way|kick off)\b/giu, "establish"],
];
const ONSET_WORD = /^(?:start|begin|began|begun|going|under ?way|kick|off)/iu;

/** The checker, a claim that says a dialogue starts where the passage says it is established read as the same. */
export function judgingOnsetAsEstablish(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" && verdict.verdict !== "not-in-article") return verdict;
    if (!verdict.unbacked.some((w) => ONSET_WORD.test(w))) return verdict;
    let again = text;
    for (const [pattern, word] of ONSET) again = again.replace(pattern, word);
    if (again === text) return verdict;
    const read = check(again);
    const established =
      read.span !== null &&
      /\bestablish/iu.test(read.span.text) &&
      !read.unbacked.some((w) => /^establish/iu.test(w));
    if (!established) return verdict;
    const same = { claim: verdict.claim, statement: verdict.statement };
    if ((read.verdict === "paraphrase" || read.verdict === "verbatim") && read.changes.length === 0)
      return { ...read, ...same, verdict: "paraphrase", exact: null };
    // The passage's words in another speaker's mouth ("Peskov wants … to begin"): misattributed, never confirmed.
    if (read.verdict === "misattributed" && read.changes.length === 0)
      return { ...read, ...same, exact: null };
    // Still altered without the onset verb: the other change is the verdict's reason.
    if (read.verdict === "altered" && verdict.verdict === "altered") return { ...read, ...same };
    return verdict;
  };
}
