// Putin named beside the warring sides, typed without a question ("putin hamas israel", "путин газа израиль",
// "putin, hamas and the israelis"): a keyword query asks what he says about the conflict, read so. Read as typed, the
// sides outweighed the one name, and the answer was who is fighting, what Hamas says or how Israel's government
// answered (quality27, blind54). Only a bare keyword query: every word is Putin, a side or place of the fighting, or
// glue; a question word, a verb or any other name leaves it as typed. English and Russian.

const MAX_WORDS = 6;

const ENGLISH_PUTIN = /^(?:putin|putin's|putins|vladimir)$/;
const ENGLISH_SIDES =
  /^(?:hamas|israel|israel's|israelis?|gaza|palestinians?|palestine|jews|arabs|idf|war|conflict|fighting|violence)$/;
const ENGLISH_GLUE = /^(?:and|&|vs|versus|v|the|on|re|plus|or|with)$/;

const RUSSIAN_PUTIN = /^(?:путин\p{L}*|владимир\p{L}*)$/u;
const RUSSIAN_SIDES =
  /^(?:хамас\p{L}*|израил\p{L}*|газ[аеуы]|газой|сектор\p{L}*|палестин\p{L}*|евре\p{L}*|араб\p{L}*|войн\p{L}*|конфликт\p{L}*|насили\p{L}*)$/u;
const RUSSIAN_GLUE = /^(?:и|а|vs|против|с|со|о|об|про|плюс|или)$/u;

function bareKeywords(text: string, putin: RegExp, sides: RegExp, glue: RegExp): boolean {
  const words = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}'&]+/u)
    .filter((w) => w !== "");
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (!words.some((w) => putin.test(w)) || !words.some((w) => sides.test(w))) return false;
  return words.every((w) => putin.test(w) || sides.test(w) || glue.test(w));
}

/** Bare keywords of Putin and the warring sides as what he says about the conflict, or the question as typed. */
export function asVoiceKeywords(text: string): string {
  if (text.length > 80 || /[?]/.test(text)) return text;
  return bareKeywords(text, ENGLISH_PUTIN, ENGLISH_SIDES, ENGLISH_GLUE)
    ? "what does putin say about the conflict"
    : text;
}

/** The Russian twin: «путин хамас израиль» as «что путин говорит о конфликте». */
export function asRussianVoiceKeywords(text: string): string {
  if (text.length > 80 || /[?]/.test(text)) return text;
  return bareKeywords(text, RUSSIAN_PUTIN, RUSSIAN_SIDES, RUSSIAN_GLUE)
    ? "что путин говорит о конфликте"
    : text;
}
