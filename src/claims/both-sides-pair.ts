// "Both sides" for the two places or peoples its passage names: "Putin expressed concern for civilians on both
// sides" of ¶1's "civilian casualties in Israel and the Gaza Strip" (quality40). Read whole, "both sides" lined up
// with "Israel" as a word replaced and the claim was altered — through the dialogue a false "doesn't say" to "did
// Putin voice concern about civilian casualties on both sides?". A claim read as altered (or, a word short, as not
// in the article) for that replacement alone is read again with the passage's own pair in the place of its "both
// sides"; only that reading's verdict of a match (verbatim or paraphrase, said as a paraphrase) is taken, so it
// never confirms what the passage's pair does not. Every pattern is bounded: word lists, no nested repetition.
import type { ClaimChecker } from "./types.js";

/** The claim's "both sides" (each side, the two sides), with what follows it of the conflict. */
const BOTH_SIDES =
  /(?<!\p{L})(?:both sides|the two sides|each side|either side)(?: of the (?:conflict|war|fighting|divide|border))?(?!\p{L})/iu;

/** The pair of warring places or peoples a passage names: "Israel and the Gaza Strip", "Israelis and Palestinians". */
const PAIR =
  /(?<!\p{L})((?:the )?(?:Israelis|Israel|Palestinians|Gaza Strip|Gaza|Hamas) and (?:the )?(?:Israelis|Israel|Palestinians|the Gaza Strip|Gaza Strip|Gaza|Hamas))(?!\p{L})/u;

/** The checker, a claim altered only for its "both sides" read again with the passage's own pair. */
export function judgingBothSidesPair(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const near = verdict.verdict === "altered" || verdict.verdict === "not-in-article";
    if (!near || !verdict.span || verdict.changes.length === 0 || !BOTH_SIDES.test(text)) return verdict;
    const onlyBoth = verdict.changes.every(
      (c) => /(?<!\p{L})sides?(?!\p{L})/iu.test(c.claimed) && (c.kind === "replaced" || c.kind === "stance"),
    );
    if (!onlyBoth) return verdict;
    const pair = PAIR.exec(verdict.span.text);
    if (!pair) return verdict;
    const named = text
      .replace(BOTH_SIDES, pair[1]!)
      .replace(/(?<!\p{L})(?:on|for|of|from) (?=(?:the )?(?:Israel|Palestin|Gaza|Hamas))/u, "in ");
    const again = check(named);
    if (again.verdict !== "verbatim" && again.verdict !== "paraphrase") return verdict;
    return {
      ...again,
      verdict: "paraphrase",
      claim: verdict.claim,
      statement: verdict.statement,
      exact: null,
    };
  };
}
