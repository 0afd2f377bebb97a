// The loose word match: two words are one when their first five letters agree ("negotiations" and "negotiate",
// "communication" and "communicate"), in Russian on the stem ("переговоров" and "переговоры"). One rule for the
// dialogue readers that compare a question's words with an answer's (includes-asked, asked-moment) and for the
// claim checker's image and group words (claims/appearance.ts); kept here, below both layers.
import { russianStem } from "./russian/stem.js";
import type { Lang } from "./types.js";

/** Letters two words must share from the start. */
const START_LETTERS = 5;

/** A word's first five letters, as it is written. */
export const wordStart = (word: string): string => word.slice(0, START_LETTERS);

/** A word's first five letters, of its Russian stem when `lang` is Russian. */
export const stemStart = (word: string, lang: Lang): string =>
  wordStart(lang === "ru" ? russianStem(word) : word);
