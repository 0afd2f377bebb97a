// (verdict51) The warring sides as the addressee of Putin's call: "Putin urged the sides to get back to the
// negotiating table", «Путин призвал стороны вернуться за стол переговоров». The article's call (¶2: "the urgent need
// for an immediate ceasefire and the resumption of the negotiation process") is made of the conflict, so of its
// sides; the claim names them as whom the call is to, and the checker read "the sides" / «стороны» as a word put in
// the passage's place (altered), or "pressed both sides to go back" as news. Such a claim with such an addressee is read again without it ("Putin urged to
// get back to …", «Путин призвал вернуться …»); when that reading confirms ¶2's call, it stands. A named party as
// the addressee ("urged Israel to …") is not read here: the article does not say whom Putin urged. Bounded
// expressions.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { confirms } from "./verdict.js";

/** "urged / called on / asked / pressed (both / all / the (two / warring)) sides / parties to", «призвал (обе / все) стороны». */
const ADDRESSEE = lean(
  /(?<![\p{L}])(urged|urges|urging|called\s{1,3}on|calls\s{1,3}on|asked|asks|pressed|presses|told|tells|призвал|призывает|призвали|призывают)\s{1,3}(?:both|all|the(?:\s{1,3}(?:two|warring|conflicting))?|обе|все|обеих|враждующие|воюющие|конфликтующие)?\s{0,3}(?:sides|parties|стороны)(?:\s{1,3}(?:of|to)\s{1,3}the\s{1,3}conflict|\s{1,3}конфликта)?(?![\p{L}])/iu,
);
/** The passage of the article's call. */
const CALL_PASSAGE = /immediate ceasefire/iu;

/** The checker, a call addressed to the sides read as the article's call. */
export function judgingSidesAddressed(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" && verdict.verdict !== "not-in-article") return verdict;
    const m = ADDRESSEE.exec(text);
    if (m === null) return verdict;
    // English verbs of asking read as "urged" (the reading the checker has for the call); Russian keeps its own.
    const verb = /\p{Script=Cyrillic}/u.test(m[1]!) ? m[1]! : "urged";
    const reread = check(`${text.slice(0, m.index)}${verb}${text.slice(m.index + m[0].length)}`);
    if (!confirms(reread.verdict) || !CALL_PASSAGE.test(reread.span?.text ?? "")) return verdict;
    return {
      ...reread,
      verdict: "paraphrase",
      claim: verdict.claim,
      statement: verdict.statement,
      exact: null,
    };
  };
}
