// "Peskov said Russia has no contacts with Iran", "Moscow has no dealings with Tehran about the war": a denial about
// a party the article never names. Its other words lined up near a passage (the Kremlin's open communication with
// both sides), so the added name and the claim's negation were read as changes of that passage: altered. But the
// article says nothing of Iran either way: what the claim denies is news, not a passage said the other way round.
// A claim short of a match (containment below matchAt) whose changes add a name found nowhere in the article or its
// translation, and negate, is read as not in the article. Only "altered" becomes "not in the article": nothing is
// confirmed here. A claim at a match keeps its verdict (a negation of the passage's own words is still altered).
import { isCommonEnglish } from "../answering/english.js";
import type { ClaimChecker, ClaimTuning } from "./types.js";

/** The checker, a denial about a party the article never names read as news. */
export function judgingAbsentParty(
  check: ClaimChecker,
  articleText: string,
  tuning: ClaimTuning,
): ClaimChecker {
  const words = new Set(articleText.toLowerCase().match(/\p{L}+/gu) ?? []);
  // By its first letters, at the start of a word ("Turkish" names Turkey; "Путина" is "Путин"): a name the article
  // gives in any form.
  const named = (party: string) => {
    const w = party.toLowerCase().trim();
    const head = w.slice(0, Math.max(3, w.length - 2));
    return w.length < 3 || [...words].some((a) => a.startsWith(head));
  };
  // A name: written with a capital in the claim, or a word no English word list has ("biden").
  const isName = (text: string, party: string) =>
    !party.includes(" ") &&
    ((text.match(/\p{L}+/gu) ?? []).some((w) => w.toLowerCase() === party && /^\p{Lu}/u.test(w)) ||
      !isCommonEnglish(party));
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" || verdict.similarity.containment >= tuning.matchAt) return verdict;
    // English claims: a Russian name ("Евросоюз") is too often the article's party in a form it does not use.
    if (/\p{Script=Cyrillic}/u.test(text)) return verdict;
    const added = verdict.changes.filter((c) => c.kind === "added");
    const absent = added.filter((c) => !named(c.claimed) && isName(text, c.claimed));
    // One party of its own, none swapped for another the passage names, and a denial.
    if (absent.length !== 1 || added.length !== 1 || verdict.changes.some((c) => c.kind === "actor"))
      return verdict;
    if (!verdict.changes.some((c) => c.kind === "negation")) return verdict;
    return { ...verdict, verdict: "not-in-article", span: null, exact: null, sources: [], voice: null };
  };
}
