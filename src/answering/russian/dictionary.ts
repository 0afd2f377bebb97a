// Common Russian words, to tell an unknown name (Нетаньяху, Байден, биткоин) from an unknown common word
// (погода, санкции): a word is common when its Snowball stem is a stem of the dictionary's lower-case lemmas
// (dictionary-stems.ts, the store), or when its shape says so (a verb's ending, a case ending after a short stem,
// a short participle or adjective whose stem Snowball cuts apart from its lemma's).
import { hasStem, isRussianAbbreviation } from "./dictionary-stems.js";
import { snowballStem } from "./stem.js";

/** Endings of finite verb forms: a word that ends so is a verb (растут, ввели), whatever the dictionary says. */
const VERB_FORM = /(?:ут|ют|ат|ят|ешь|ете|ите|ет|ит|ли|ла|ло|лся|лась|лось|лись|ться|тся)$/;

/** The same, with the masculine past ("ходил", "сидел"), for short stems only (a long "кремел" is a typo). */
const SHORT_STEM_VERB = /(?:ут|ют|ат|ят|ешь|ете|ите|ет|ит|ли|ла|ло|лся|лась|лось|лись|ться|тся|ил|ел|ал|ял)$/;

/** Case endings of nouns and adjectives: "детей" is дет + ей, a form; "путен" is пут + ен, Путин mistyped. */
const CASE_ENDING =
  /^(?:а|я|о|е|ы|и|у|ю|ь|ой|ей|ом|ем|ам|ям|ах|ях|ами|ями|ов|ев|ую|ая|ое|ые|ых|ым|ыми|ий|ый|ие|ого|его|ому|ему)$/;

/**
 * Whether a lower-case Cyrillic word is a form of a common Russian word: its stem is the stem of a lower-case
 * lemma (a past tense stems one "л" longer: погибло), or it ends like a verb form (the dictionary lists lemmas,
 * and irregular verbs stem apart from theirs: растут, ввели).
 */
export function isCommonRussian(word: string): boolean {
  return isListedRussian(word) || (word.length >= 5 && word.length <= 40 && VERB_FORM.test(word));
}

/**
 * The dictionary's own say, without guessing from a verb's ending: a word typo correction must leave alone.
 * ("квортет" ends like a verb, so it is no name; but it is no listed word either: it is "квартет" mistyped.)
 */
export function isListedRussian(word: string): boolean {
  if (word.length > 40) return false;
  const stem = snowballStem(word);
  // Three letters of stem say little: "путен" shares "пут" with путь, but it is Путин mistyped.
  // A verb's ending says more: "ходит", "сидит", "любит" are verbs of short stems, not names.
  if (stem.length < 4 && word.length > 4)
    return (
      (SHORT_STEM_VERB.test(word) || (word.startsWith(stem) && CASE_ENDING.test(word.slice(stem.length)))) &&
      hasStem(stem)
    );
  if (hasStem(stem)) return !isRussianAbbreviation(word);
  if (stem.length >= 5 && stem.endsWith("л") && hasStem(stem.slice(0, -1))) return true;
  return word.length >= 6 && isVerbFormApart(word);
}

/** Consonants a short participle takes from its verb: заморожен ← заморозить, осуждён ← осудить. */
const ALTERNATION: [string, string[]][] = [
  ["жд", ["д"]],
  ["ж", ["з", "д"]],
  ["ч", ["т", "к"]],
  ["щ", ["ст", "ск"]],
  ["ш", ["с", "х"]],
  ["вл", ["в"]],
  ["бл", ["б"]],
  ["пл", ["п"]],
  ["мл", ["м"]],
];

/**
 * Verb forms Snowball stems apart from their infinitive: the past of a -нуть verb (упрекнул ← упрекнуть) and a
 * short participle with a changed consonant (заморожен ← заморозить); the infinitive's stem is looked up.
 */
function isVerbFormApart(word: string): boolean {
  if (word.endsWith("нул")) return hasStem(snowballStem(`${word.slice(0, -1)}ть`));
  if (isShortAdjective(word)) return true;
  const participle = /^(.+?)(?:ен|ена|ено|ены)$/.exec(word);
  if (!participle) return false;
  const base = participle[1]!;
  for (const [changed, originals] of ALTERNATION)
    if (base.endsWith(changed))
      for (const original of originals)
        if (hasStem(snowballStem(`${base.slice(0, -changed.length)}${original}ить`))) return true;
  return false;
}

/**
 * A masculine short adjective with a fleeting vowel (доволен ← довольный, согласен ← согласный):
 * Snowball cuts "-ен" as an ending and the stem is left shorter than the full adjective's; the full one is looked up.
 */
function isShortAdjective(word: string): boolean {
  const short = /^(.{3,})ен$/.exec(word);
  if (!short) return false;
  const base = short[1]!;
  return hasStem(snowballStem(`${base}ьный`)) || hasStem(snowballStem(`${base}ный`));
}
