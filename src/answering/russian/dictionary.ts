// Common Russian words, to tell an unknown name (Нетаньяху, Байден, биткоин) from an unknown common word
// (погода, санкции): the lemmas of the Hunspell Russian dictionary (dictionary-ru, 146k entries), where names are
// written with a capital. Compared by Snowball stems, so any form of a lemma counts; loaded on first use.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { snowballStem } from "./stem.js";

const require = createRequire(import.meta.url);

let commonStems: Set<string> | null = null;

function loadCommonStems(): Set<string> {
  const file = join(dirname(require.resolve("dictionary-ru")), "index.dic");
  const out = new Set<string>();
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const slash = line.indexOf("/");
    const lemma = slash < 0 ? line.trim() : line.slice(0, slash);
    // A capitalised lemma is a name (Украина, Китай); a lemma with a hyphen or a Latin letter is no help.
    if (lemma.length < 2 || lemma[0] !== lemma[0]!.toLowerCase() || !/^[а-яё]+$/.test(lemma)) continue;
    out.add(snowballStem(lemma.replace(/ё/g, "е")));
  }
  return out;
}

/** Endings of finite verb forms: a word that ends so is a verb (растут, ввели), whatever the dictionary says. */
const VERB_FORM = /(?:ут|ют|ат|ят|ешь|ете|ите|ет|ит|ли|ла|ло|лся|лась|лись|ться|тся)$/;

/**
 * Whether a lower-case Cyrillic word is a form of a common Russian word: its stem is the stem of a lower-case
 * lemma (a past tense stems one "л" longer: погибло), or it ends like a verb form (the dictionary lists lemmas,
 * and irregular verbs stem apart from theirs: растут, ввели).
 */
export function isCommonRussian(word: string): boolean {
  commonStems ??= loadCommonStems();
  const stem = snowballStem(word);
  if (commonStems.has(stem)) return true;
  if (stem.length >= 5 && stem.endsWith("л") && commonStems.has(stem.slice(0, -1))) return true;
  return word.length >= 5 && VERB_FORM.test(word);
}
