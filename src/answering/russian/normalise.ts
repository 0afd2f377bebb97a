// Russian (and mixed) text -> comparable lower-case words: ё read as е, punctuation gone, Latin accents dropped
// (Erdoğan), and a word typed with letters of both alphabets that look alike ("Пeсков" with a Latin e) put into
// the alphabet most of its letters are in. Also: which script a question is in. Transliterated Russian is
// transliterated.ts (re-exported here for the tests that import it from this module).

import { isRussianText } from "../../lib/script-language.js";
import { MAX_QUESTION_CHARS } from "../normalise.js";
import {
  asksPartner,
  castAsked,
  formerOursAsCitizens,
  mentionAsSaying,
  NAME_VERBS,
  PERSONAL_HOMONYMS,
  personalDetail,
  SPOKE_WITH,
  storyPlaceOrTime,
  whenClauseAsked,
  withoutAdverbOfEnd,
} from "./asked-words.js";
import { withoutCoordinatedActions } from "./coordinated-actions.js";
import { withFearingRead } from "./feared-escalation.js";
import { withoutHearsay } from "./hearsay.js";
import { plainIdioms } from "./idioms.js";
import { withoutRecentScene } from "./recent-scene.js";
import { withResumedProcessAsTalks } from "./resumed-process.js";
import { withThingShowing } from "./thing-says.js";
import { withoutTruceSides } from "./truce-between.js";
import { withoutWishAddressees } from "./wish-addressee.js";
import { RUSSIAN_QUESTION_FORMS } from "./words.js";

export { fromTranslit, looksTransliterated } from "./transliterated.js";

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([lat, cyr]) => [cyr, lat]),
);

const CYRILLIC = /[а-яё]/;
const LATIN = /[a-z]/;
const LATIN_ACCENTED = /[\u00c0-\u024f]/g;

/**
 * A word with letters of both alphabets, written in one alphabet where its letters look alike: the one most of
 * its letters are in, else the other when only that one can hold every letter ("CШA": Ш has no Latin twin).
 */
export function oneAlphabet(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  const cyrillic = word.match(/[а-яё]/g)!.length;
  const latin = word.match(/[a-z]/g)!.length;
  const toCyrillic = [...word].map((ch) => LATIN_TO_CYRILLIC[ch] ?? ch).join("");
  const toLatin = [...word].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join("");
  // Only when every letter of the other alphabet has a look-alike: otherwise it is not a slip of the keyboard.
  const cyrillicOk = !LATIN.test(toCyrillic);
  const latinOk = !CYRILLIC.test(toLatin);
  if (cyrillicOk && (cyrillic >= latin || !latinOk)) return toCyrillic;
  if (latinOk) return toLatin;
  return word;
}

/** Abbreviations written with a hyphen or a full stop, spelled out before punctuation goes. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}])гос-?в([оаеу])(?![\p{L}])/gu, "государств$1"],
  [/(?<![\p{L}])пр-?в([оаеу])(?![\p{L}])/gu, "правительств$1"],
  [/(?<![\p{L}])м-?во(?![\p{L}])/gu, "министерство"],
  [/(?<![\p{L}])т\.\s?е\./gu, " то есть "],
  [/(?<![\p{L}])т\.\s?к\./gu, " так как "],
];

const INDEFINITE = new RegExp(
  `(?<![\\p{L}])(?:${RUSSIAN_QUESTION_FORMS.join("|")})-(?:то|нибудь|либо)(?![\\p{L}])`,
  "gu",
);

/** A prefix that takes ъ before е/ё/ю/я, then ь typed in its place ("обьявил", "сьел", "разьяснил"). */
const SOFT_FOR_HARD =
  /(?<![\p{L}])(об|под|от|из|раз|рас|над|пред|без|вз|воз|меж|сверх|суб|с(?=ье))ь(?=[еюя])/gu;

/** A preposition typed onto its question word ("скем говорил", "очем статья"): two words. */
const GLUED_PREPOSITION: ReadonlyMap<string, string[]> = new Map(
  Object.entries({
    скем: ["с", "кем"],
    счем: ["с", "чем"],
    очем: ["о", "чем"],
    прочто: ["про", "что"],
    вчем: ["в", "чем"],
    зачто: ["за", "что"],
    ккому: ["к", "кому"],
    откого: ["от", "кого"],
    // "чего опасаются изза эскалации": «из-за» typed as one word was an unknown name, and the question refused
    // (quality31).
    изза: ["из", "за"],
  }),
);

/** A Latin word, then a hyphen or apostrophe and a Russian ending of one to three letters (quality-ru41). */
const LATIN_WITH_ENDING = /(?<![\p{L}])([a-z]{3,})[-'’](?:[а-я]{1,3})(?![\p{L}])/gu;

export function normaliseRussianWords(raw: string): string[] {
  let s = raw.slice(0, MAX_QUESTION_CHARS).toLowerCase().replace(/ё/g, "е");
  if (s.includes("-") || s.includes(".")) for (const [p, r] of ABBREVIATIONS) s = s.replace(p, r);
  if (/[\u00c0-\u024f]/.test(s))
    s = s.replace(LATIN_ACCENTED, (ch) => ch.normalize("NFKD").replace(/\p{M}+/gu, ""));
  // tl;dr (тл;др) is one word before punctuation goes.
  if (s.includes(";"))
    s = s.replace(/(?<![\p{L}])(tl|тл)\s*;\s*(dr|др)(?![\p{L}])/gu, (_, a) => (a === "tl" ? "tldr" : "тлдр"));
  // "mediator-ом", "ceasefire'а", "Peskov-у": an English word given a Russian case ending is the English word.
  if (/[a-z][-'’][а-я]/.test(s)) s = s.replace(LATIN_WITH_ENDING, "$1");
  // "какой-то", "кто-нибудь", "что-либо" ask nothing: gone before the hyphen would leave a question word.
  if (s.includes("-")) s = s.replace(INDEFINITE, " ");
  // "обьявил", "подьезд": a soft sign typed for the hard one after a prefix, before е/ё/ю/я (quality-ru41).
  if (s.includes("ь")) s = s.replace(SOFT_FOR_HARD, "$1ъ");
  const typed = s
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(oneAlphabet)
    .flatMap((w) => GLUED_PREPOSITION.get(w) ?? [w]);
  // wave AR's kinds (quality-r2-31b): a ceasefire between the sides, coordinating actions.
  const words = withoutCoordinatedActions(withoutTruceSides(typed));
  formerOursAsCitizens(words);
  withFearingRead(words);
  withResumedProcessAsTalks(words);
  withThingShowing(words);
  const read = withoutWishAddressees(
    withoutHearsay(plainIdioms(asksPartner(words) ? words.map((w) => SPOKE_WITH.get(w) ?? w) : words)),
  );
  // "как зовут пресс-секретаря" asks who he is.
  for (let i = 0; i + 1 < read.length; i++)
    if (read[i] === "как" && NAME_VERBS.has(read[i + 1]!)) read.splice(i, 2, "кто");
  const placed = storyPlaceOrTime(
    withoutRecentScene(withoutAdverbOfEnd(mentionAsSaying(whenClauseAsked(castAsked(read), s)))),
  );
  return placed.some((w) => PERSONAL_HOMONYMS.has(w)) ? placed.map((w) => personalDetail(w, placed)) : placed;
}

/** Whether a question is read in Russian: the one rule for the whole bot (src/lib/script-language.ts). */
export const isCyrillic = isRussianText;
