// The message as the router's shapes can read it: a word typed in both alphabets ("kто" with a Latin k) put into
// the alphabet most of its letters are in, as the answering engine reads it; and transliterated Russian ("nado li
// …", "est li u rossii …") also read in Cyrillic, so its "ли" and question words ask. Before, such a question
// (7 words or more, no "?") read as a claim.

import { oneAlphabet } from "../answering/russian/normalise.js";
import { fromTranslit, looksTransliterated } from "../answering/russian/transliterated.js";

const MIXED = /(?=[^\s]*[a-z])(?=[^\s]*[а-яё])[^\s]+/giu;

/** The readings of a message to try: as typed (look-alike letters folded), and in Cyrillic when transliterated. */
export function readingsOf(text: string): string[] {
  const folded = /[a-z]/i.test(text) && /[а-яё]/i.test(text) ? text.replace(MIXED, (w) => foldWord(w)) : text;
  return looksTransliterated(folded) ? [folded, fromTranslit(folded)] : [folded];
}

/** One word in one alphabet, its punctuation kept ("kто," → "кто,"). */
function foldWord(word: string): string {
  return word.replace(/[\p{L}]+/gu, (letters) => {
    const lower = letters.toLowerCase();
    const one = oneAlphabet(lower);
    return one === lower ? letters : one;
  });
}
