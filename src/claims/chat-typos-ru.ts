// A Russian claim typed with a slip ("Путин призвал к немедленному перимирию"): the slipped word lined up with
// nothing, so a true claim read as "not in the article" — a verdict on a sentence the checker could not read. The
// claim is read through the Russian lexicon's own typo correction (the one questions get: "перимирие" -> "перемирие"),
// the Russian side of chat-typos.ts (quality-ru46). The same guards: no fix gives or takes a negation or a word of
// failing or stopping, and none adds or takes off a negating prefix ("не-", "без-", "бес-", "анти-"), so a fix never
// makes a false claim true. Names (capitalised) are the lexicon's to correct only into names it knows. Only a slip:
// a word of the dictionary ("сокращается") is never read as another form the lexicon prefers ("сократить"), whose
// opposite the checker would no longer see, and only a typo's few edits (a letter mistyped or swapped, the length kept: not another form, "ранены" -> "раненых").
import { isCommonRussian } from "../answering/russian/dictionary.js";
import { editDistance, maxEditsFor } from "../answering/typos.js";
import { FAIL_WORDS, NEGATORS, RUSSIAN_FAIL_WORDS } from "./polarity.js";

const CYRILLIC_WORD = /^[а-яё-]+$/u;
const NEGATING_PREFIXES_RU = ["не", "ни", "без", "бес", "анти", "противо"];

/** A fix that gives or takes a negation or a failing word, or adds or takes off a negating prefix: not read. */
function unsafe(from: string, word: string): boolean {
  for (const w of [from, word])
    if (NEGATORS.has(w) || FAIL_WORDS.has(w) || RUSSIAN_FAIL_WORDS.has(w)) return true;
  return NEGATING_PREFIXES_RU.some((p) => from.startsWith(p) !== word.startsWith(p));
}

/** The claim with each slipped Russian word written as the lexicon reads it (case of the first letter kept). */
export function readRussianThroughTypos(
  text: string,
  typoFixes: (text: string) => { word: string; from?: string }[],
): string {
  const fixes = new Map<string, string>();
  for (const { word, from } of typoFixes(text)) {
    if (from === undefined || !CYRILLIC_WORD.test(from) || !CYRILLIC_WORD.test(word)) continue;
    if (unsafe(from, word) || isCommonRussian(from)) continue;
    // A slip is a letter mistyped or two swapped in a long word; another form the lexicon prefers ("ранены" ->
    // "раненых", a letter added) is not read.
    if (
      from.length < 6 ||
      from.length !== word.length ||
      editDistance(from, word, 2) > maxEditsFor(from.length)
    )
      continue;
    fixes.set(from, word);
  }
  if (fixes.size === 0) return text;
  return text.replace(/[\p{L}-]+/gu, (typed) => {
    const fixed = fixes.get(typed.toLowerCase().replace(/ё/g, "е")) ?? fixes.get(typed.toLowerCase());
    if (fixed === undefined) return typed;
    return typed[0] === typed[0]!.toUpperCase() ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed;
  });
}

/** «с байденом», «со шольцем»: a lower-case word in the instrumental after «с» that no dictionary has. */
const PARTNER = /(?:^|[^\p{L}])(?:с|со)\s{1,3}(\p{Ll}{2,30}(?:ом|ем|ём|ым|им|ой|ей))(?![\p{L}])/gu;

/**
 * (claims35) A partner typed in lower case («по телефону с байденом»), a word no dictionary has, written with its
 * capital: read as the name it is (another party in the place of the passage's Erdogan), as «с Байденом» is, not as
 * one more word put in the place of another.
 */
export function capitalisedPartners(text: string): string {
  return text.replace(PARTNER, (whole: string, word: string) =>
    isCommonRussian(word)
      ? whole
      : `${whole.slice(0, -word.length)}${word[0]!.toUpperCase()}${word.slice(1)}`,
  );
}
