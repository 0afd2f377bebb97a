// A contact with someone the article never names, and nothing more: "Путин поговорил по телефону с Байденом"
// of "In a phone call with Turkish leader … Erdogan, Putin emphasized …". The speaker and the call line up,
// so the Russian claim reached a match and read as altered, an actor change (Байден for the Turkish leader),
// while "Putin spoke by phone with Netanyahu" fell short and read as not in the article. A claim that says
// only that someone of the article talked with a person the article never names carries none of the passage's
// message: it is news the article does not report, not the passage altered (the labelled sets agree: "Putin
// phoned Netanyahu …" is not in the article, "… called for a ceasefire in a phone call with Netanyahu" is
// altered). Only an altered verdict whose every change is such a name is read; the result is "not in the
// article", which confirms nothing.
import { type Sentence, sameHead } from "./contrary-deed.js";
import type { ClaimChecker } from "./types.js";

/** Words of a contact and its manner: a call, a talk, by phone; позвонил, поговорил, по телефону. */
const CONTACT =
  /^(?:phone[ds]?|phoning|telephone[ds]?|call(?:s|ed|ing)?|spoke|spoken|speaks?|speaking|talk(?:s|ed|ing)?|conversations?|held|hold|holds|had|have|has|chat(?:s|ted)?|позвон\p{L}*|звонил\p{L}*|созвон\p{L}*|поговор\p{L}*|говорил\p{L}*|разговор\p{L}*|беседовал\p{L}*|беседу|беседа|телефон\p{L}*|провёл|провел|провела|провели)$/iu;

/** Small words a contact is said with ("spoke by phone with"). */
const GLUE = new Set(["with", "over", "from"]);

/** The checker, an altered claim that is only a contact with a name the article never gives read as news. */
export function judgingContactNews(check: ClaimChecker, sentences: readonly Sentence[]): ClaimChecker {
  const articleWords = [
    ...new Set(sentences.flatMap((s) => `${s.text} ${s.russian}`.toLowerCase().match(/\p{L}+/gu) ?? [])),
  ];
  const known = (name: string) => articleWords.some((w) => w.length >= 4 && sameHead(name.toLowerCase(), w));
  return (text) => {
    const verdict = check(text);
    if (verdict.verdict !== "altered" || verdict.changes.length === 0) return verdict;
    if (!verdict.changes.every((c) => c.kind === "actor" && !known(c.claimed))) return verdict;
    // The statement, its frame aside ("Peskov said Putin had spoken by phone with Netanyahu": news all the same).
    const words = verdict.statement.match(/[\p{L}'’-]+/gu) ?? [];
    // Names (capitalised) aside, and small words: every word left must be one of the contact.
    const rest = words.filter((w) => !/^\p{Lu}/u.test(w) && w.length > 3 && !GLUE.has(w.toLowerCase()));
    if (!words.some((w) => CONTACT.test(w)) || !rest.every((w) => CONTACT.test(w))) return verdict;
    return { ...verdict, verdict: "not-in-article", exact: null };
  };
}
