// «Среди погибших есть граждане России», "Russian nationals are among the dead": citizens of a country put in a
// passage that counts no one's citizens (¶1's casualties "in Israel and the Gaza Strip"). The country lined up
// with the passage's place and read as an actor swapped (Israel → Russia), so the claim was judged altered; but it
// tells of people the article never reports, which is news. A passage that does speak of citizens (¶5's "former
// Russian citizens residing there") is left to the other readers: there a country swapped is an alteration.
// Only an altered verdict whose every change is an actor is read; nothing here confirms. Patterns are bounded.
import type { ClaimChecker } from "./types.js";

/** Citizens, nationals: «граждан*», «подданн*». */
const CITIZENS = /(?:^|[^\p{L}])(?:citizens?|nationals?|граждан\p{L}*|подданн\p{L}*)(?![\p{L}])/iu;

/** The checker, citizens of a country put in a passage that speaks of none read as news. */
export function judgingCitizensNews(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" || verdict.span === null || verdict.changes.length === 0)
      return verdict;
    if (!verdict.changes.every((c) => c.kind === "actor")) return verdict;
    if (!CITIZENS.test(text)) return verdict;
    if (CITIZENS.test(`${verdict.span.text} ${verdict.translation ?? ""}`)) return verdict;
    return { ...verdict, verdict: "not-in-article", exact: null };
  };
}
