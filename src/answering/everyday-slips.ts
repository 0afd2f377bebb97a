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
// - from six letters, a swap and a dropped letter together into a word of the knowledge base ("forien" ->
//   foreign, "warign" -> warring).
import { commonEnglishWords, isCommonEnglish } from "./english.js";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Shorter words only get a double letter back ("tol" -> toll): one added letter makes too many words of them. */
const ANY_SLIP_FROM = 4;
const TWO_SLIPS_FROM = 6;

/** Every three letters in a row of a common English word, "^" and "$" marking its ends. */
let triples: Set<string> | null = null;

function triplesOf(word: string): string[] {
  const marked = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= marked.length; i++) out.push(marked.slice(i, i + 3));
  return out;
}

/** Whether `word` holds three letters in a row that no common English word holds ("evl" of "levle"). */
export function looksGarbled(word: string): boolean {
  if (triples === null) {
    triples = new Set();
    for (const w of commonEnglishWords()) for (const t of triplesOf(w)) triples.add(t);
  }
  const known = triples;
  return triplesOf(word).some((t) => !known.has(t));
}

/** The words one neighbour swap from `word`, never moving the first letter. */
function swapped(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** The words one letter longer than `word`, the letter put after its first (`inside`: and before its last). */
function withLetterBack(word: string, inside = false): string[] {
  const out: string[] = [];
  const last = inside ? word.length - 1 : word.length;
  for (let i = 1; i <= last; i++)
    for (const letter of LETTERS) out.push(word.slice(0, i) + letter + word.slice(i));
  return out;
}

/** `word` with one of its letters doubled. */
function withDouble(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= word.length; i++) out.push(word.slice(0, i) + word[i - 1] + word.slice(i));
  return out;
}

/**
 * The everyday word `word` (lower case, unknown to the knowledge base and to common English) is a slip of, or null.
 * `isKnown`: a word of the knowledge base.
 */
export function everydaySlip(word: string, isKnown: (w: string) => boolean): string | null {
  if (word.length < 3 || word.length > 20 || !/^[a-z]+$/.test(word)) return null;
  if (word.length < ANY_SLIP_FROM) {
    const doubled = withDouble(word);
    return doubled.find(isKnown) ?? doubled.find(isCommonEnglish) ?? null;
  }
  if (looksGarbled(word)) {
    const oneSlip = [...swapped(word), ...withLetterBack(word, true)];
    const fixed = oneSlip.find(isKnown) ?? oneSlip.find(isCommonEnglish);
    if (fixed !== undefined) return fixed;
  }
  if (word.length < TWO_SLIPS_FROM) return null;
  return (
    swapped(word)
      .flatMap((w) => withLetterBack(w))
      .find(isKnown) ?? null
  );
}
