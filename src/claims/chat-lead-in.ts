// A chat lead-in before a whole quotation: "someone pasted me this, is it real: "…"", "saw this in a group chat,
// legit? "…"", "мне переслали, это правда? «…»". The lead-in asks about the quotation or says where it came from;
// it is no part of the claim. Read as it stood, its words were unbacked ("pasted", "legit" an added word) and a
// verbatim quotation was judged a paraphrase, altered or not in the article. Taken off only when the lead-in names
// no one (no capitalised word, bar a common one opening it: "Peskov's line, is it real: …" keeps its attribution)
// and the statement is one quotation from its opening mark to its closing one.
// Every regular expression is bounded: a 4096-character message is read in linear time.
import { isCommonEnglish } from "../answering/common-english.js";

/**
 * A lead-in of up to 80 characters without quotation marks, then one whole quotation and end punctuation. The lead-in
 * starts at its first non-space: were the leading spaces shared between `\s*` and it, 2,000 spaces took 0.3 s.
 */
const LEAD_AND_QUOTE = /^\s*([^"“”«»\s][^"“”«»\n]{0,79}?)\s*["“«]([^"“”«»]{8,})["”»]\s*[.?!]*\s*$/u;

/** Words of a chat lead-in: where the text came from, or a question whether it is real. */
const CHAT =
  /(?:^|[^\p{L}])(?:sent|forwarded|pasted|shared|posted|saw|seen|got|found|someone|somebody|friend|chat|legit|real|true|fake|genuine|accurate|verify|check|confirm|прислал\p{L}*|переслал\p{L}*|скинул\p{L}*|кто-то|правда|реально|фейк|провер\p{L}*|подтверд\p{L}*|видел\p{L}*)(?![\p{L}])/iu;

/**
 * A chat tail after a whole quotation: "… " real quote??", "… " is that in there", "… " legit?" (quality49). Up to
 * 40 characters, no quotation mark, a chat word or "in there" in it.
 */
const CLOSING_MARKS = ['"', "”", "»"];
const TAIL_WORDS =
  /(?:^|[^\p{L}])(?:in there|in it|in the (?:article|piece|text)|from it|оттуда|там|quote|цитата)(?![\p{L}])/iu;

/** The text without a chat tail after its closing quotation mark; as it came otherwise. */
function withoutChatTail(text: string): string {
  // The last closing mark found by index, not by a pattern: no backtracking over a message of many marks.
  const at = Math.max(...CLOSING_MARKS.map((m) => text.lastIndexOf(m)));
  if (at < 0 || text.length - at > 60) return text;
  const tail = text
    .slice(at + 1)
    .trim()
    .replace(/^,\s*/u, "")
    .replace(/[.?!\s]+$/u, "");
  if (tail === "" || tail.length > 40 || /[“«\n]/u.test(tail)) return text;
  return CHAT.test(tail) || TAIL_WORDS.test(tail) ? text.slice(0, at + 1) : text;
}

/** The quotation alone when a chat lead-in that names no one stands before it; the text as it came otherwise. */
export function withoutChatLeadIn(typed: string): string {
  const text = withoutChatTail(typed);
  const m = LEAD_AND_QUOTE.exec(text);
  if (!m) return text;
  const lead = m[1]!;
  if (!CHAT.test(lead)) return text === typed ? typed : text;
  const words = lead.split(/[^\p{L}'’-]+/u).filter((w) => w !== "");
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w) && w !== "I")) return text;
  // The first word is capitalised as any sentence's: a name only when it is no common word ("Peskov's line, …").
  const first = words[0];
  if (first !== undefined && /^\p{Lu}/u.test(first) && namesSomeone(first)) return text;
  return m[2]!.trim();
}

/** Russian words a chat lead-in opens with that are no name ("Мне переслали", "Вот, нашёл"). */
const RUSSIAN_OPENERS = /^(?:мне|меня|нам|это|вот|тут|здесь|друг|подруга|коллега|знакомый|говорят|пишут)$/u;

/** A lead-in's opening word is a name: no common English word, no Russian opener or chat word. */
function namesSomeone(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, "");
  if (/\p{Script=Cyrillic}/u.test(lower)) return !RUSSIAN_OPENERS.test(lower) && !CHAT.test(lower);
  return !isCommonEnglish(lower);
}
