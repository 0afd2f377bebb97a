// What letter-by-letter transliteration cannot tell: "-tsya" is the reflexive ending -тся/-ться
// ("upominayutsya" → упоминаются, not "упоминаюця"), and a soft sign before я/е/ю/и that Latin typing drops
// ("statya" → статья), and a word-initial "e" that is е, not э ("est li" → есть ли: "eto" is это, so the letter
// alone cannot tell), and a word-final soft sign Latin typing drops ("prekrashchat ogon" → прекращать огонь): a word
// the dictionary does not list but lists with ь after its last consonant gets it back ("shtat" stays штат). Applied
// word by word after the letters are turned back.
import { isListedRussian } from "./dictionary.js";

/** Word-final "ця" is the reflexive ending typed as "tsya": Russian words end in -ция or -ца, not -ця. */
const REFLEXIVE = /(?<=[а-яё])ця(?=\s|$)/g;

/** Common words whose soft sign transliteration drops, by their letters without it ("voobshe": щ typed as sh). */
const SOFT_SIGN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    статя: "статья",
    стате: "статье",
    статю: "статью",
    стати: "статьи",
    статей: "статей",
    обявил: "объявил",
    обяснил: "объяснил",
    обясни: "объясни",
    вообше: "вообще",
    ешче: "еще",
  }),
);

/** Common words that open with е but whose Latin "e" was turned to э, as turned ("est'" → "эсть"). */
const INITIAL_YE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    эст: "есть",
    эсть: "есть",
    эсли: "если",
    эще: "еще",
    эщё: "еще",
    эго: "его",
    эму: "ему",
    эе: "ее",
    эвропа: "европа",
    эвропы: "европы",
    эвросоюз: "евросоюз",
    эгипет: "египет",
  }),
);

/** "statje", "obyavlenje": "j" before a vowel after a consonant is the soft sign (no Russian word has "тйе"). */
const SOFT_J = /(?<=[бвгджзклмнпрстфхцчшщ])й(?=[еяюи])/g;

/** A consonant a soft sign may follow at a word's end (not ж, ш, ч, щ: their ь is grammar, and spelt as typed). */
const SOFTENED_END = /[бвдзлмнпрстф]$/;

/** `word` with the final soft sign Latin typing dropped, when only with it is the word a listed Russian word. */
function withFinalSoftSign(word: string): string {
  if (word.length < 4 || !SOFTENED_END.test(word) || isListedRussian(word)) return word;
  return isListedRussian(`${word}ь`) ? `${word}ь` : word;
}

export function withSpeltEndings(text: string): string {
  return text
    .replace(REFLEXIVE, "тся")
    .replace(SOFT_J, "ь")
    .split(" ")
    .map((w) => SOFT_SIGN.get(w) ?? INITIAL_YE.get(w) ?? withFinalSoftSign(w))
    .join(" ");
}
