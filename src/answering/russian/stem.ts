// Russian stems: the Snowball Russian stemmer (the port in @nlpjs/lang-ru: the same stems as snowball-stemmers on
// all 146,270 words of the Hunspell dictionary, seven times faster), then one step Snowball leaves out, so the
// forms of one verb or name meet: a final vowel or soft sign goes ("обвиня" of обвиняет = "обвин" of обвинил),
// and "-ов/-ев" at the end of a long stem ("критиков" of критиковал = "критик" of критикует; Песков = Пескова).
import { createRequire } from "node:module";
import { MAX_WORD_LETTERS } from "../normalise.js";

const require = createRequire(import.meta.url);
interface SnowballStemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}
const StemmerRu = require("@nlpjs/lang-ru/src/stemmer-ru.js") as new () => SnowballStemmer;
const snowball = new StemmerRu();

/** Snowball's Russian stem of a lower-case word, as it is (past stemWord, whose cache never forgets a word). */
export function snowballStem(word: string): string {
  snowball.setCurrent(word);
  snowball.innerStem();
  return snowball.getCurrent();
}

/**
 * The forms only «газ» (natural gas) takes, never the Gaza Strip's (Газа, Газы, Газе, Газу, Газой): Snowball gives
 * both nouns the stem «газ», so «цены на газ» read as Gaza. They stem as the gas adjective does («газовые»: «газов»),
 * a stem the article never uses; the forms both share are read as gas in context (gas-not-gaza.ts; quality46ru).
 */
const GAS_ONLY = new Set(["газ", "газом", "газов", "газам", "газами", "газах"]);
const GAS_STEM = "газов";

/** The stem the engine compares Russian words by. */
export function russianStem(word: string): string {
  if (GAS_ONLY.has(word)) return GAS_STEM;
  // No Russian word is this long; the stemmer's work grows with the length, so a run of letters stays as it is.
  if (word.length > MAX_WORD_LETTERS) return word;
  let s = snowballStem(word);
  if (s.length >= 5 && /[аеиоуыэюяйь]$/.test(s)) s = s.slice(0, -1);
  if (s.length >= 6 && /[ое]в$/.test(s)) s = s.slice(0, -2);
  return s;
}
