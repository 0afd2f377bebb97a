// Slips in everyday words the knowledge base does not use ("the levle of violence", "the death tol", "the forien
// ministry", "both warign sides"). The typo index proposes only the knowledge base's own words, one edit away below
// nine letters, so such a word stayed unknown; not being English, it read as an unknown *name*, and the gate refused
// an on-topic question as if it asked about someone the article never mentions. Tried last on a word nothing else
// knows, never on a capitalised one, and only for slips that keep the word's letters (the first one in place):
// - a short word with a double letter typed once ("tol" -> toll);
// (a word of the knowledge base first: "tol" is "toll" of a death toll, not "tool")
// - a garbled word, one holding three letters in a row that no common English word holds ("levle", "risng",
//   "leadr"), one slip from a common word: two neighbours swapped, or a letter dropped inside it (not at its end:
//   "raisi" is no "raisin"). A name mostly reads like English ("biden", "paris", "harris" are a slip from
//   "bidden", "pairs", "harries"): it stays a name;
// - from six to eight letters, a swap and a dropped letter together into a word of the knowledge base ("forien" ->
//   foreign, "warign" -> warring);
// - from five to twelve letters, one letter typed two places early or late ("forgein" -> foreign): a
//   slip of the hand that keeps every letter, two edits by count; only into a word of the knowledge base.
import { commonEnglishWords, isCommonEnglish } from "./common-english.js";
import { plainSlip } from "./plain-slips.js";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Shorter words only get a double letter back ("tol" -> toll): one added letter makes too many words of them. */
const ANY_SLIP_FROM = 4;
const TWO_SLIPS_FROM = 6;
/** Longer words get two edits from the typo index itself (typos.ts); below this, one edit is a quick look-up. */
const TWO_SLIPS_UP_TO = 8;

/**
 * Every three letters in a row of a common English word, "^" and "$" marking its ends: one bit per triple of
 * letter codes (4 KB; a Set of the 5,300 three-letter strings held ~280 KB). `codes` numbers the list's letters
 * from 2; 0 and 1 are a word's ends, and "^" and "$" typed in a word read as them, as they did in the strings. A
 * letter no common word has has no code, so no triple holding it is known.
 */
let triples: { codes: Map<number, number>; width: number; bits: Uint8Array } | null = null;
const START = 0;
const END = 1;

function loadTriples(): { codes: Map<number, number>; width: number; bits: Uint8Array } {
  const words = commonEnglishWords();
  const codes = new Map<number, number>([
    [0x5e, START],
    [0x24, END],
  ]);
  for (const w of words)
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!codes.has(c)) codes.set(c, codes.size);
    }
  const width = codes.size;
  const bits = new Uint8Array(Math.ceil(width ** 3 / 8));
  for (const w of words) {
    let a = START;
    let b = codes.get(w.charCodeAt(0))!;
    for (let i = 1; i <= w.length; i++) {
      const c = i === w.length ? END : codes.get(w.charCodeAt(i))!;
      const at = (a * width + b) * width + c;
      bits[at >> 3]! |= 1 << (at & 7);
      a = b;
      b = c;
    }
  }
  return { codes, width, bits };
}

/**
 * Where `word` first holds three letters in a row that no common English word holds ("evl" of "levle": 1), or null
 * when it reads like English. A word's ends count as letters ("^" and "$"): -1 stands for its start.
 */
export function garbledAt(word: string): number | null {
  triples ??= loadTriples();
  const { codes, width, bits } = triples;
  // The marked word "^word$" read three codes at a time; -1: a letter no common word has.
  const codeAt = (i: number) =>
    i === 0 ? START : i === word.length + 1 ? END : (codes.get(word.charCodeAt(i - 1)) ?? -1);
  for (let i = 0; i + 3 <= word.length + 2; i++) {
    const a = codeAt(i);
    const b = codeAt(i + 1);
    const c = codeAt(i + 2);
    if (a < 0 || b < 0 || c < 0) return i - 1;
    const at = (a * width + b) * width + c;
    if ((bits[at >> 3]! & (1 << (at & 7))) === 0) return i - 1;
  }
  return null;
}

/** Whether `word` holds three letters in a row that no common English word holds. */
export function looksGarbled(word: string): boolean {
  return garbledAt(word) !== null;
}

/** The words one neighbour swap from `word` at `from`..`to`, never moving the first letter. */
function swapped(word: string, from = 1, to = word.length): string[] {
  const out: string[] = [];
  for (let i = Math.max(1, from); i + 1 < Math.min(word.length, to + 2); i++)
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** The words one letter longer than `word`, the letter put at `from`..`to` (never before its first). */
function withLetterBack(word: string, from = 1, to = word.length): string[] {
  const out: string[] = [];
  for (let i = Math.max(1, from); i <= Math.min(word.length, to); i++)
    for (const letter of LETTERS) out.push(word.slice(0, i) + letter + word.slice(i));
  return out;
}

/** `word` with one of its letters doubled. */
function withDouble(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= word.length; i++) out.push(word.slice(0, i) + word[i - 1] + word.slice(i));
  return out;
}

/** Longer words are no everyday slips worth the candidates (random strings reach here too). */
const LONGEST = 14;

/**
 * The everyday word `word` (lower case, unknown to the knowledge base and to common English) is a slip of, or null.
 * `isKnown`: a word of the knowledge base; `nearKnown`: the knowledge base's word one edit from a word and one letter
 * longer than it (the only kind used here), or null.
 */
export function everydaySlip(
  word: string,
  isKnown: (w: string) => boolean,
  nearKnown: (w: string) => string | null,
): string | null {
  if (word.length < 3 || word.length > LONGEST || !/^[a-z]+$/.test(word)) return null;
  if (word.length < ANY_SLIP_FROM) {
    const doubled = withDouble(word);
    return doubled.find(isKnown) ?? doubled.find(isCommonEnglish) ?? null;
  }
  const odd = garbledAt(word);
  if (odd !== null) {
    // The slip is where the odd letters are: a swap or a letter put back there, never after the word's last letter.
    const from = odd - 1;
    const to = odd + 3;
    const oneSlip = [
      ...swapped(word, from, to),
      ...withLetterBack(word, from, Math.min(to, word.length - 1)),
    ];
    const fixed = oneSlip.find(isKnown) ?? oneSlip.find(isCommonEnglish);
    if (fixed !== undefined) return fixed;
  }
  if (word.length >= TWO_SLIPS_FROM && word.length <= TWO_SLIPS_UP_TO) {
    // A swap undone, then the letter dropped put back: the knowledge base's word one letter longer, same first letter.
    for (const unswapped of swapped(word)) {
      const near = nearKnown(unswapped);
      if (near !== null && near.length === word.length + 1 && near[0] === word[0]) return near;
    }
  }
  // One letter typed two places off ("forgein"): back in its place, into a word of the knowledge base.
  const back = word.length >= MOVED_FROM ? movedTwo(word).find(isKnown) : undefined;
  if (back !== undefined) return back;
  // One slip in a word that reads like English ("conected", "blaim"): plain-slips.ts.
  return plainSlip(word, isKnown);
}

/** Words this long may have one letter two places off. */
const MOVED_FROM = 5;

/** `word` with one of its letters (never the first) moved two places back or forward, the first letter kept. */
function movedTwo(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const rest = word.slice(0, i) + word.slice(i + 1);
    for (const to of [i - 2, i + 2]) {
      if (to < 1 || to > rest.length) continue;
      out.push(rest.slice(0, to) + word[i] + rest.slice(to));
    }
  }
  return out;
}
