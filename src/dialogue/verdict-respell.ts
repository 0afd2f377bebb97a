// Kind: a yes/no question typed with slips ("did putn say anythin about a ceasfire", «путн призвал к …?»). The
// engine reads its words through its typo correction and finds the right entry, but the verdict readers (the
// claim checker's statement, the blame, call and party readers) read the words as typed: "putn" named no speaker,
// so the answer's own fact came back as "the article doesn't say". Here the question is respelled as the engine
// reads it before any verdict reader sees it. English: the claim checker's own reading (chat-typos.ts: no fix
// gives or takes a negation). Russian: the lexicon's fix of a word no dictionary knows, a few edits away (a letter
// dropped, added, changed or two swapped), never a negation, and no form becomes another ("ранены" stays); a
// speaker's name from any slip of four letters or more ("путн" is "путин").

import { isListedRussian } from "../answering/russian/dictionary.js";
import type { Lang } from "../answering/types.js";
import { editDistance, maxEditsFor } from "../answering/typos.js";
import { readThroughTypos } from "../claims/chat-typos.js";
import { FAIL_WORDS, NEGATORS, RUSSIAN_FAIL_WORDS } from "../claims/polarity.js";

export type TypoFixes = (text: string) => { word: string; from?: string }[];

const CYRILLIC_WORD = /^[а-яё]+$/u;
/** A Russian slip this short is another word as often as a typo ("кто", "что"). */
const MIN_RU_SLIP = 4;
const NEGATING_PREFIXES_RU = ["не", "ни", "без", "бес", "анти", "противо"];

function unsafeRu(from: string, word: string): boolean {
  for (const w of [from, word])
    if (NEGATORS.has(w) || FAIL_WORDS.has(w) || RUSSIAN_FAIL_WORDS.has(w)) return true;
  return NEGATING_PREFIXES_RU.some((p) => from.startsWith(p) !== word.startsWith(p));
}

/** A letter added or dropped at the end is another form of the word ("ранены" / "раненых"), not a slip. */
const endingOnly = (from: string, word: string): boolean => word.startsWith(from) || from.startsWith(word);

function respelledRu(text: string, typoFixes: TypoFixes, isName: (word: string) => boolean): string {
  const fixes = new Map<string, string>();
  for (const { word, from } of typoFixes(text)) {
    if (from === undefined || !CYRILLIC_WORD.test(from) || !CYRILLIC_WORD.test(word)) continue;
    if (from.length < MIN_RU_SLIP || unsafeRu(from, word)) continue;
    // A speaker's name is read from a short slip too ("путн"); another word only when no dictionary lists it.
    if (!isName(word) && (isListedRussian(from) || endingOnly(from, word))) continue;
    if (editDistance(from, word, 2) > Math.max(1, maxEditsFor(from.length))) continue;
    fixes.set(from, word);
  }
  if (fixes.size === 0) return text;
  return text.replace(/\p{L}+/gu, (typed) => {
    const fixed = fixes.get(typed.toLowerCase().replace(/ё/g, "е")) ?? fixes.get(typed.toLowerCase());
    if (fixed === undefined) return typed;
    return typed[0] === typed[0]!.toUpperCase() ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed;
  });
}

/**
 * «рф хочет …?»: the abbreviation as the subject, read as «россия» (the curated verdicts and the checker know Russia
 * by that name; "рф" is indeclinable, so only the sentence's opening subject is put so — dialog32, blind-ru63).
 */
const RF_SUBJECT = /^((?:(?:а|и|так|значит|то есть)[, ]+)?)рф(?!\p{L})/iu;

/** The question as the engine reads its spelling, for the verdict readers; as typed when nothing is fixed. */
export function respelledForVerdict(
  text: string,
  lang: Lang,
  typoFixes: TypoFixes | null,
  isName: (word: string) => boolean = () => false,
): string {
  const subject = lang === "ru" ? text.replace(RF_SUBJECT, "$1россия") : text;
  if (!typoFixes) return subject;
  return lang === "ru" ? respelledRu(subject, typoFixes, isName) : readThroughTypos(subject, typoFixes);
}
