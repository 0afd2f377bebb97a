// Russian typed in Latin letters ("chto skazal peskov"): whether a Latin text reads as transliterated Russian
// (looksTransliterated: marker words, or endings English lacks), and the text back in Cyrillic (fromTranslit).
// translit-endings.ts, translit-runs.ts and translit-words.ts handle what letter-by-letter reading cannot tell.

import { withSpeltEndings } from "./translit-endings.js";

const CYRILLIC = /[а-яё]/;

/** Words that only transliterated Russian has: one of them makes a Latin question Russian ("chto skazal peskov"). */
const TRANSLIT_MARKERS = new Set(
  `chto shto kto pochemu zachem gde kogda skolko kakoy kakaya kakie kakov skazal skazala skazali govorit govoril
  govoryat zayavil zayavila dumaet schitaet kratko vkratce rasskazhi statya statye stati novost novosti tsitaty
  citaty mnenie pozitsiya pozicija chem kem kogo ob etom eto voyna voina peregovory peremirie zvonok zvonil
  pozvonil razgovor razgovarival ssha amerika izrail kvartet posrednik zhertvy mirnye pro chego chemu kakuyu
  kakoe kakogo kakim hochet khochet hotyat khotyat hotel kreml kremlya kremle rossiya rossii rossiyu moskva
  moskvy ameriku amerike vinit obvinyaet dumayut schitayut govorili skazali roli pomoch nuzhno voobshche pravda
  za protiv rf mida pryamoi pryamoy pryamoj dialoga`
    .split(/\s+/)
    .filter(Boolean),
);

export function looksTransliterated(text: string): boolean {
  if (CYRILLIC.test(text.toLowerCase())) return false;
  const words = text.toLowerCase().split(/[^a-z']+/);
  const englishGlue = words.some((w) => ENGLISH_ONLY_GLUE.has(w));
  return words.some(
    (w) => (TRANSLIT_MARKERS.has(w) && !(englishGlue && ENGLISH_TOO.has(w))) || TRANSLIT_SHAPE.test(w),
  );
}

/**
 * Markers that are English words as well ("pro israel or pro palestine"): they mark Russian only in a text without
 * an English function word that transliterated Russian never has (its "or" is "ili", its "the" nothing).
 */
const ENGLISH_TOO = new Set(["pro"]);
const ENGLISH_ONLY_GLUE = new Set(
  `or the is are was were does did what who why how which with and about of for he she they his her their it this
  that against`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A Latin word only transliterated Russian is shaped like: an adjective's or a noun's ending English does not have
 * ("konstruktivnaya", "mirnoye", "prekrashcheniye", "gosudarstvo") or "shch" inside ("prekrashchenie").
 * Read as English, "peskov konstruktivnaya rol" had one unknown word and was refused.
 */
const TRANSLIT_SHAPE =
  /^[a-z]{3,}(?:[^aeiou]aya|yaya|[^aeiou]oye|[^aeiou]iye|yy|[^aeiou]eni[ye]|[^aeiou]eniye|stvo|stva|nost)$|shch/;

const DIGRAPHS: [RegExp, string][] = [
  // First, while every letter is Latin: after "ch" → "ч" a Cyrillic letter would make "chem" start a word at "e".
  [/\be/g, "э"],
  // (quality49ru) «schitaet», «podschet», «schast'e»: сч of считать, счёт, счастье, not щ (the Да read «щитает»).
  [/(?<![aeiouy])sch(?=it|yt|et|yot|jot|ast)/g, "сч"],
  [/shch|sch/g, "щ"],
  [/zh/g, "ж"],
  [/kh/g, "х"],
  [/ch/g, "ч"],
  [/sh/g, "ш"],
  [/ts/g, "ц"],
  [/yu|iu/g, "ю"],
  [/ya|ia(?![a-z])/g, "я"],
  [/yo/g, "е"],
  [/y(?=[aeiou])/g, "й"],
  [/([aeiou])y(?![aeiou])/g, "$1й"],
];
const LETTERS: Record<string, string> = {
  a: "а",
  b: "б",
  v: "в",
  g: "г",
  d: "д",
  e: "е",
  z: "з",
  i: "и",
  j: "й",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  f: "ф",
  h: "х",
  c: "ц",
  y: "ы",
  w: "в",
  x: "кс",
  q: "к",
  "'": "ь",
};

/** Transliterated Russian back in Cyrillic: "chto skazal peskov" -> "что сказал песков" (typos fix the rest). */
export function fromTranslit(text: string): string {
  let s = text.toLowerCase();
  for (const [pattern, replacement] of DIGRAPHS) s = s.replace(pattern, replacement);
  return withSpeltEndings([...s].map((ch) => LETTERS[ch] ?? ch).join(""));
}
