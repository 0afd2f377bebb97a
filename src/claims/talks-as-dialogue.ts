// Talks for the article's dialogue: "The Foreign Ministry rejects direct talks between Israel and the
// Palestinians", "МИД России против прямых переговоров …" of "… establish direct Palestinian-Israeli
// dialogue". The knowledge base files "talks" with the negotiations (the Quartet's, the negotiation process),
// so such a claim was drawn to those sentences, "direct" and its stance lined up with nothing there, and it
// read as not in the article. A claim read as not in the article that names talks is read again with
// "dialogue" in their place; when that reading finds the passage said the other way round (altered), that is
// the verdict. Only "altered" is taken over there: talks are near a dialogue, not the same word. A claim read
// as altered only because its talks lined up with another word of the sentence ("wants regional players
// coordinated and direct talks …": talks against "stabilize") is confirmed when the dialogue reading is a
// paraphrase with no change at all.

import { CHANGED_NEAR_AT } from "./short-of-match.js";
import type { ClaimChecker } from "./types.js";

/** The claim's word for talks, English or Russian, and the article's word for a dialogue in its language. */
const TALKS: readonly [RegExp, (word: string) => string][] = [
  [/(?<![\p{L}-])(talks|negotiations)(?![\p{L}-])/giu, () => "dialogue"],
  [
    /(?<![\p{L}-])переговор(ы|ов|ам|ами|ах)(?![\p{L}-])/giu,
    (w) => RUSSIAN_CASES[w.slice(8).toLowerCase()] ?? "диалог",
  ],
];

/** A change the claim's talks make: "negotiations" (the lexicon's word for talks), «переговор…». */
const TALKS_TERM = /(?:^|[^\p{L}])(?:talks|negotiations?|переговор\p{L}*)(?=$|[^\p{L}])/iu;

/** переговоры by its case ending → диалог in the same case. */
const RUSSIAN_CASES: Record<string, string> = {
  ы: "диалог",
  ов: "диалога",
  ам: "диалогу",
  ами: "диалогом",
  ах: "диалоге",
};

/** The checker, a not-in-article claim of talks that alters the article's dialogue read as altered. */
export function judgingTalksAsDialogue(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const talksAlone =
      verdict.verdict === "altered" && verdict.changes.every((c) => TALKS_TERM.test(c.claimed));
    if (verdict.verdict !== "not-in-article" && !talksAlone) return verdict;
    let again = text;
    for (const [pattern, dialogue] of TALKS) again = again.replace(pattern, (w) => dialogue(w));
    if (again === text) return verdict;
    const read = check(again);
    // Altered only where the talks lined up with another word of the passage ("stabilize"): with the passage's
    // dialogue in their place and nothing else changed, the claim says what the passage does, in other words.
    if (talksAlone)
      return (read.verdict === "paraphrase" || read.verdict === "verbatim") && read.changes.length === 0
        ? { ...read, verdict: "paraphrase", exact: null, claim: verdict.claim, statement: verdict.statement }
        : verdict;
    // The dialogue must line up with the passage's, near it, and the parties be the passage's: a party of
    // the claim's own ("Hamas rejects talks with Israel") is news, not the passage altered.
    const taken =
      read.verdict === "altered" &&
      read.similarity.containment >= CHANGED_NEAR_AT &&
      !read.unbacked.some((w) => /^(?:dialogue|диалог)/iu.test(w)) &&
      !read.changes.some((c) => c.kind === "actor");
    return taken ? { ...read, claim: verdict.claim, statement: verdict.statement } : verdict;
  };
}
