// "Is this text Russian?" decided once, by its letters, for every part of the bot that asks: the engine's reading
// language, the reply language, the claim checker's path, the dialogue's word lists and the curation records.
//
// The rule for mixed text: Russian when Cyrillic letters are at least half as many as Latin ones, not counting a
// leading /command or @mentions (Telegram syntax, Latin whatever the language). So "peskov что сказал",
// "/quotes песков", "@bot что сказал" and "what did Песков say" are Russian (a Cyrillic word that is not a lone
// name in a long English sentence: the Russian reader reads Latin names and English function words, the English
// one cannot read Cyrillic), while "what did Путин say about the ceasefire" is English. Text with neither
// alphabet (a number, an emoji) says nothing. Single-script text reads the same under every earlier rule.
// Keywords without English glue ("Peskov Kremlin роль") are Russian too: Latin names in a Russian query, no
// English sentence around them.

import { rememberingLast } from "./last-results.js";

const CYRILLIC = /\p{Script=Cyrillic}/gu;
/** One letter at lastIndex (sticky): the count below tests each non-ASCII character in place, no string made. */
const CYRILLIC_AT = /\p{Script=Cyrillic}/uy;
const LATIN_AT = /\p{Script=Latin}/uy;
/** A question is read up to this many characters; counting letters beyond it would only cost time. */
const COUNTED_CHARS = 2000;
/** English function words: one of them makes the Latin part a sentence, not a list of names. */
const ENGLISH_GLUE =
  /\b(?:the|a|an|is|are|was|were|do|does|did|what|who|whom|why|how|when|where|which|about|of|to|in|on|and|or|for|with|say|said|says|his|her|their|it|this|that|he|she|they|has|have|had|not|no|yes|can|will|would|please|me|i|you)\b/i;

export type ScriptLanguage = "ru" | "en";

/**
 * "ru" for Russian text (rule above), "en" for text with Latin letters that is not, null for neither. One turn asks
 * it of the same message ~16 times (perf40): the last 4 texts' answers are a look-up.
 */
export const scriptLanguage: (text: string) => ScriptLanguage | null = rememberingLast(languageByScript);

function languageByScript(text: string): ScriptLanguage | null {
  const words = text
    .slice(0, COUNTED_CHARS)
    .replace(/^\s*\/\S+/, "")
    .replace(/@\w+/g, "");
  const { cyrillic, latin } = countLetters(words);
  if (cyrillic > 0 && (2 * cyrillic >= latin || !ENGLISH_GLUE.test(words.replace(CYRILLIC, " "))))
    return "ru";
  return latin > 0 || cyrillic > 0 ? "en" : null;
}

/**
 * How many Cyrillic and Latin letters (by Unicode script) the text has: as `match(/\p{Script=…}/gu).length` counts
 * them, without an array of one-letter strings per message. ASCII is read by its codes (its only letters are
 * Latin A-Z, a-z); any other character (a surrogate pair as one) is tested in place.
 */
export function countLetters(text: string): { cyrillic: number; latin: number } {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
      i++;
      continue;
    }
    CYRILLIC_AT.lastIndex = i;
    LATIN_AT.lastIndex = i;
    if (CYRILLIC_AT.test(text)) cyrillic++;
    else if (LATIN_AT.test(text)) latin++;
    i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return { cyrillic, latin };
}

/** Whether the text is Russian by the one rule above. */
export function isRussianText(text: string): boolean {
  return scriptLanguage(text) === "ru";
}
