// A vowel slip in a Russian frame verb ("хочит", "думаит", "считаит", "гаварит"): frame words are not the
// knowledge base's, so the typo index never holds them and the slipped word stayed an unknown name (the question
// refused or unsure). One vowel for another at one place, the consonants and length unchanged, to frame words of one
// class, is that word: the commonest slip of Russian spelling, as the stem corrector reads it for topic words.
import { RUSSIAN_FRAME_CUES } from "./words.js";

const VOWEL = /[аеёиоуыэюя]/;

/** The frame words by length, built on first use. */
let byLength: Map<number, string[]> | undefined;

function framesOfLength(n: number): readonly string[] {
  if (byLength === undefined) {
    byLength = new Map();
    for (const w of RUSSIAN_FRAME_CUES.keys()) {
      if (!/^[а-яё]+$/.test(w)) continue;
      const list = byLength.get(w.length) ?? [];
      list.push(w);
      byLength.set(w.length, list);
    }
  }
  return byLength.get(n) ?? [];
}

/** Whether the two words differ only at one place, a vowel in both. */
function oneVowelApart(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!VOWEL.test(a[i] as string) || !VOWEL.test(b[i] as string)) return false;
    diff += 1;
    if (diff > 1) return false;
  }
  return diff === 1;
}

/** The frame word a slipped word stands for ("хочит" -> "хочет"), or null (none, or frames of two classes). */
export function frameVowelSlip(word: string): string | null {
  if (word.length < 4 || !/^[а-яё]+$/.test(word) || RUSSIAN_FRAME_CUES.has(word)) return null;
  const found = framesOfLength(word.length).filter((f) => oneVowelApart(word, f));
  // "думаит" is one vowel from "думает" and "думают": either, when they frame alike.
  const first = found[0];
  if (first === undefined) return null;
  return found.every((f) => RUSSIAN_FRAME_CUES.get(f) === RUSSIAN_FRAME_CUES.get(first)) ? first : null;
}
