// Russian keywords typed in Latin letters with no shape of their own ("putin usa proval politiki"): neither a
// marker word (chto, skazal) nor an ending English lacks (-aya, -stvo) made it read as transliterated, so the
// English reader took "proval" and "politiki" for unknown names and refused it (quality-ru43). A Latin word that is
// no English word and no name of the story, but whose Cyrillic reading is a common Russian word (провал, политики),
// makes it transliterated Russian, two of them so the English reader's own words (names, typos) are not taken. Asked only of a question that does not read as English (routing.ts), so an
// English question never loads the Russian dictionary for it.
import { isEnglishWord } from "../english.js";
import { isListedRussian } from "./dictionary.js";
import { LATIN_STORY_NAMES } from "./latin-names.js";
import { fromTranslit } from "./transliterated.js";

/** Shorter Latin words read as Russian by chance too often ("mama", "usa"). */
const MIN_LETTERS = 5;
/** One such word may be an English word the lists lack ("diaspora" is "диаспора" too): two make it Russian. */
const MIN_WORDS = 2;

/**
 * Whether a Latin text holds two words that are common Russian words transliterated, and neither English nor a
 * story name; `knownInEnglish(word)`: the English reader knows the word (a name, a typo of a known word).
 */
export function holdsTransliteratedWords(text: string, knownInEnglish: (word: string) => boolean): boolean {
  if (/[^ -~]/.test(text)) return false;
  let found = 0;
  for (const w of text.toLowerCase().split(/[^a-z']+/)) {
    if (w.length < MIN_LETTERS || LATIN_STORY_NAMES.has(w) || isEnglishWord(w)) continue;
    if (isListedRussian(fromTranslit(w)) && !knownInEnglish(w)) found++;
    if (found >= MIN_WORDS) return true;
  }
  return false;
}
