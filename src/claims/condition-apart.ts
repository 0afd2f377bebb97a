// (claims39) A condition of the claim's own on a statement the article makes: "Putin told Erdogan a ceasefire should
// come only after Hamas releases all the hostages", "The Kremlin is ready to contribute to a settlement once Hamas
// lays down its arms", «Путин призвал к прекращению огня, но только после того как ХАМАС сложит оружие». The article
// sets no condition on anyone's words (condition.ts reads a condition on a claim that still matches); read whole,
// the condition's new words pull such a claim below a match and it read "not in the article", though the article
// says all of it but the condition. So a claim read as not in the article is read again without its condition
// clause (from the condition's word to the end of the clause): when the rest confirms a passage, the claim is
// altered, the condition named as added; when the rest alters one by itself, that reading stands. Nothing here
// confirms. Bounded expressions: word lists, no nested repetition.
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { alteredReading, confirms } from "./verdict.js";

/** The condition's opening: "(but) only after / if / once / when", "once", "until", "unless", «лишь после» … */
const CONDITION = lean(
  /(?:,\s{0,3})?(?<![\p{L}])(?:(?:but|and)\s{1,3})?(?:(?:only|just)\s{1,3}(?:after|if|once|when|until)|if\s{1,3}and\s{1,3}only\s{1,3}if|provided(?:\s{1,3}that)?|providing\s{1,3}that|on\s{1,3}(?:the\s{1,3})?condition\s{1,3}that|as\s{1,3}long\s{1,3}as|unless|until|(?<!(?:at|more\s{1,3}than)\s{1,3})once(?!\s{1,3}(?:again|more|before)(?![\p{L}]))|(?:(?:но|и)\s{1,3})?(?:(?:(?:только|лишь)\s{1,3})?после\s{1,3}того,?\s{1,3}как|(?:только|лишь)\s{1,3}(?:после|если|когда|при\s{1,3}условии)|при\s{1,3}условии|как\s{1,3}только|до\s{1,3}тех\s{1,3}пор))(?![\p{L}])[^,.;!?]*/iu,
);

/** (verdict51) "only" before the event's own verb: "a ceasefire should only come after Hamas releases …", "can only
 * be reached once …". The rest keeps the event as happening ("a ceasefire should happen"), the condition goes. */
const DISPLACED = lean(
  /(?<![\p{L}])(?:only|just)\s{1,3}(?:come|happen|take\s{1,3}place|begin|start|be\s{1,3}(?:agreed|reached|declared|possible))\s{1,3}(?:after|if|once|when|until)(?![\p{L}])[^,.;!?]*/iu,
);

/** The event's own verb left last after a modal once its condition is cut. */
const EVENT_VERB_LEFT =
  /(?<![\p{L}])(should|must|can|could|will|would)\s{1,3}(?:come|take\s{1,3}place|begin|start)$/iu;

/** The claim without its condition clause, and the clause; null when it has none or too little is left. */
export function conditionApart(text: string): { rest: string; condition: string } | null {
  const displaced = DISPLACED.exec(text);
  const m = displaced ?? CONDITION.exec(text);
  if (m === null) return null;
  const kept = displaced === null ? "" : "happen";
  const rest = `${text.slice(0, m.index)}${kept}${text.slice(m.index + m[0].length)}`
    .replace(/[\s,;:—–-]+$/u, "")
    .trim()
    // "a ceasefire should come" left without its condition: the event said to happen.
    .replace(EVENT_VERB_LEFT, "$1 happen");
  if ((rest.match(/\p{L}+/gu) ?? []).length < 3) return null;
  return { rest, condition: m[0].replace(/^[\s,]+/u, "").trim() };
}

/** The checker, a claim it reads as not in the article read again without its condition clause. */
export function judgingConditionApart(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "not-in-article") return verdict;
    const apart = conditionApart(text);
    if (apart === null) return verdict;
    const rest = check(apart.rest);
    if (rest.span === null) return verdict;
    const added = { kind: "added" as const, claimed: apart.condition, article: "" };
    if (rest.verdict === "altered") return alteredReading(rest, verdict, [...rest.changes, added]);
    if (!confirms(rest.verdict)) return verdict;
    return alteredReading(rest, verdict, [added]);
  };
}
