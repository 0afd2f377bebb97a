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

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** A question is read up to this many characters; counting letters beyond it would only cost time. */
const COUNTED_CHARS = 2000;
/** English function words: one of them makes the Latin part a sentence, not a list of names. */
const ENGLISH_GLUE =
  /\b(?:the|a|an|is|are|was|were|do|does|did|what|who|whom|why|how|when|where|which|about|of|to|in|on|and|or|for|with|say|said|says|his|her|their|it|this|that|he|she|they|has|have|had|not|no|yes|can|will|would|please|me|i|you)\b/i;

export type ScriptLanguage = "ru" | "en";

/** "ru" for Russian text (rule above), "en" for text with Latin letters that is not, null for neither. */
export function scriptLanguage(text: string): ScriptLanguage | null {
  const words = text
    .slice(0, COUNTED_CHARS)
    .replace(/^\s*\/\S+/, "")
    .replace(/@\w+/g, "");
  const cyrillic = words.match(CYRILLIC)?.length ?? 0;
  const latin = words.match(LATIN)?.length ?? 0;
  if (cyrillic > 0 && (2 * cyrillic >= latin || !ENGLISH_GLUE.test(words.replace(CYRILLIC, " "))))
    return "ru";
  return latin > 0 || cyrillic > 0 ? "en" : null;
}

/** Whether the text is Russian by the one rule above. */
export function isRussianText(text: string): boolean {
  return scriptLanguage(text) === "ru";
}
