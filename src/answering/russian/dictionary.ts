// Common Russian words, to tell an unknown name (Нетаньяху, Байден, биткоин) from an unknown common word
// (погода, санкции): the lemmas of the Hunspell Russian dictionary (dictionary-ru, 146k entries), where names are
// written with a capital. Compared by Snowball stems, so any form of a lemma counts; loaded on first use.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { snowballStem } from "./stem.js";

const require = createRequire(import.meta.url);

/** The stems sorted and joined by "\n", with where each starts: a fraction of the memory of a Set. */
let stems: { text: string; starts: Uint32Array } | null = null;
/** Abbreviations the dictionary writes in capitals (НАТО, СНГ): names, even typed in lower case. */
const abbreviations = new Set<string>();

function loadStems(): { text: string; starts: Uint32Array } {
  const file = join(dirname(require.resolve("dictionary-ru")), "index.dic");
  const dic = readFileSync(file, "utf8");
  const found = new Set<string>();
  // One lemma a line ("лемма/FLAGS"); the first line is the count.
  for (let at = dic.indexOf("\n") + 1; at > 0 && at < dic.length; ) {
    const end = dic.indexOf("\n", at);
    const line = dic.slice(at, end < 0 ? dic.length : end);
    at = end < 0 ? dic.length : end + 1;
    const slash = line.indexOf("/");
    const lemma = slash < 0 ? line.trim() : line.slice(0, slash);
    if (UPPER_CYRILLIC.test(lemma)) abbreviations.add(lemma.toLowerCase());
    // A capitalised lemma is a name (Украина, Китай); a lemma with a hyphen or a Latin letter is no help.
    if (lemma.length < 2 || !LOWER_CYRILLIC.test(lemma)) continue;
    found.add(snowballStem(lemma.replace(/ё/g, "е")));
  }
  const sorted = [...found].sort();
  const starts = new Uint32Array(sorted.length + 1);
  let offset = 0;
  sorted.forEach((w, i) => {
    starts[i] = offset;
    offset += w.length + 1;
  });
  starts[sorted.length] = offset;
  return { text: `${sorted.join("\n")}\n`, starts };
}

const LOWER_CYRILLIC = /^[а-яё]+$/;
const UPPER_CYRILLIC = /^[А-ЯЁ]{2,}$/;

function hasStem(stem: string): boolean {
  stems ??= loadStems();
  const { text, starts } = stems;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const candidate = text.slice(starts[mid]!, starts[mid + 1]! - 1);
    if (candidate === stem) return true;
    if (candidate < stem) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Endings of finite verb forms: a word that ends so is a verb (растут, ввели), whatever the dictionary says. */
const VERB_FORM = /(?:ут|ют|ат|ят|ешь|ете|ите|ет|ит|ли|ла|ло|лся|лась|лись|ться|тся)$/;

/**
 * Whether a lower-case Cyrillic word is a form of a common Russian word: its stem is the stem of a lower-case
 * lemma (a past tense stems one "л" longer: погибло), or it ends like a verb form (the dictionary lists lemmas,
 * and irregular verbs stem apart from theirs: растут, ввели).
 */
export function isCommonRussian(word: string): boolean {
  const stem = snowballStem(word);
  // Three letters of stem say little: "путен" shares "пут" with путь, but it is Путин mistyped.
  if (stem.length < 4 && word.length > 4) return false;
  if (hasStem(stem)) return !abbreviations.has(word);
  if (stem.length >= 5 && stem.endsWith("л") && hasStem(stem.slice(0, -1))) return true;
  return word.length >= 5 && VERB_FORM.test(word);
}

/** Whether the dictionary knows the word as an abbreviation, a name in capitals (нато, снг): never a typo. */
export function isRussianAbbreviation(word: string): boolean {
  if (stems === null) stems = loadStems();
  return abbreviations.has(word);
}
