// "Peskov said Russia has no contacts with Iran", "Moscow has no dealings with Tehran about the war": a denial about
// a party the article never names. Its other words lined up near a passage (the Kremlin's open communication with
// both sides), so the added name and the claim's negation were read as changes of that passage: altered. But the
// article says nothing of Iran either way: what the claim denies is news, not a passage said the other way round.
// A claim short of a match (containment below matchAt) whose changes add a name found nowhere in the article or its
// translation, and negate, is read as not in the article. Only "altered" becomes "not in the article": nothing is
// confirmed here. A claim at a match keeps its verdict (a negation of the passage's own words is still altered).
// The absent name may also stand where the passage has its party ("Putin will not call Biden": Biden for the
// Turkish leader): a denial about someone the article never names says nothing of the call it reports. A Russian
// claim («Путин не будет звонить Байдену») counts when its name is no name or mention of a party in
// parties.json («Евросоюз»: the article's European Union in a word it does not use); the table's people do not
// count (it lists Netanyahu, whom the article never names).
import { isCommonEnglish } from "../answering/common-english.js";
import type { Parties } from "../knowledge/parties.js";
import type { ClaimChecker, ClaimTuning } from "./types.js";

/** The checker, a denial about a party the article never names read as news. */
export function judgingAbsentParty(
  check: ClaimChecker,
  articleText: string,
  tuning: ClaimTuning,
  parties: Parties = [],
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
  const partyForms = parties.flatMap((p) => [
    ...p.names.en,
    ...p.names.ru,
    ...p.mentions.en,
    ...p.mentions.ru,
  ]);
  const people = parties.flatMap((p) => p.people.flatMap((person) => [...person.en, ...person.ru]));
  const deniesParty = (claimed: string) => {
    const word = claimed.replace(/^(?:not|не)\s+/u, "");
    // A party the article gives (not "no dealings with Tehran": that denial is about the absent party itself).
    return (
      named(word) &&
      [...partyForms, ...people].some((f) => (f.endsWith("*") ? word.startsWith(f.slice(0, -1)) : word === f))
    );
  };
  const knownParty = (party: string) =>
    partyForms.some((f) =>
      f.endsWith("*") ? party.startsWith(f.slice(0, -1)) : party === f || party.startsWith(`${f} `),
    );
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" || verdict.similarity.containment >= tuning.matchAt) return verdict;
    // A denial of the deed, not of the article's party ("… with the Egyptian president, not Erdogan": who, corrected).
    const denials = verdict.changes.filter((c) => c.kind === "negation");
    // (claims38) A refusal read as no negation («Кремль отказывается разговаривать с Шольцем»: the refused talk read
    // as «не поддерживает связь», an opposite of ¶4's) denies all the same.
    if (denials.length === 0 && !REFUSAL.test(text)) return verdict;
    if (denials.some((c) => deniesParty(c.claimed))) return verdict;
    const russian = /\p{Script=Cyrillic}/u.test(text);
    // A Russian name ("Евросоюз") is too often the article's party in a form it does not use: the table decides.
    const absentName = (party: string) =>
      !named(party) && (russian ? isCapitalised(text, party) && !knownParty(party) : isName(text, party));
    const added = verdict.changes.filter((c) => c.kind === "added");
    const swapped = verdict.changes.filter((c) => c.kind === "actor");
    const absent = [...added, ...swapped].filter((c) => absentName(c.claimed));
    // One party of its own, added or in the place of the passage's, and no other party changed.
    if (absent.length !== 1 || added.length + swapped.length !== 1) return verdict;
    return { ...verdict, verdict: "not-in-article", span: null, exact: null, sources: [], voice: null };
  };
}

/** A refusal: "refuses to", "declined to", "won't", «отказывается», «отказался». */
const REFUSAL =
  /(?<!\p{L})(?:refuses|refuse|refused|refusing|declines|declined|won'?t|wont|will\s{1,3}not|отказыва\p{L}{2,4}|отказал\p{L}{2,3})(?!\p{L})/iu;

/** The claim writes the word with a capital (a name, not a common word). */
function isCapitalised(text: string, party: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some((w) => w.toLowerCase() === party && /^\p{Lu}/u.test(w));
}
