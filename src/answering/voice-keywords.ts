// Putin named beside the warring sides, typed without a question ("putin hamas israel", "путин газа израиль",
// "putin, hamas and the israelis"): a keyword query asks what he says about the conflict, read so. Read as typed, the
// sides outweighed the one name, and the answer was who is fighting, what Hamas says or how Israel's government
// answered (quality27, blind54). Only a bare keyword query: every word is Putin, a side or place of the fighting, or
// glue; a question word, a verb or any other name leaves it as typed. English and Russian.
// A brevity marker around the keywords is how to answer, not a word of the query ("tl;dr putin on gaza", "putin on
// israel, in a nutshell", «вкратце: путин о газе»): left as typed, "tldr"/«вкратце» made the place the topic and the
// answer was where the fighting is (quality-r2-27, blind55). Russia named with a word of its position beside the
// sides ("hamas and israel, russia's stance", «хамас и израиль, позиция россии короче», «израиль и хамас — что думает
// россия») asks Russia's position on the conflict: read as typed, Hamas outweighed it and the question was refused as
// Hamas's own statement (blind-ru51).

const MAX_WORDS = 6;

const ENGLISH_PUTIN = /^(?:putin|putin's|putins|vladimir)$/;
const ENGLISH_SIDES =
  /^(?:hamas|israel|israel's|israelis?|gaza|palestinians?|palestine|jews|arabs|idf|war|conflict|fighting|violence)$/;
const ENGLISH_GLUE = /^(?:and|&|vs|versus|v|the|on|re|plus|or|with)$/;
/** Brevity asked around the keywords: no word of the query, and not counted. */
const ENGLISH_BRIEF =
  /^(?:tl|dr|tldr|in|a|nutshell|short|brief|briefly|summary|gist|quick|quickly|version|pls|please|plz|recap)$/;
const ENGLISH_RUSSIA = /^(?:russia|russia's|russias|moscow|moscow's|kremlin|kremlin's)$/;
const ENGLISH_POSITION = /^(?:position|stance|view|views|take|line|thinks|opinion|says)$/;
const ENGLISH_POSITION_GLUE = /^(?:what|what's|whats|is|does|do|its|about|of|towards?)$/;

const RUSSIAN_PUTIN = /^(?:путин\p{L}*|владимир\p{L}*)$/u;
const RUSSIAN_SIDES =
  /^(?:хамас\p{L}*|израил\p{L}*|газ[аеуы]|газой|сектор\p{L}*|палестин\p{L}*|евре\p{L}*|араб\p{L}*|войн\p{L}*|конфликт\p{L}*|насили\p{L}*)$/u;
const RUSSIAN_GLUE = /^(?:и|а|vs|против|с|со|о|об|про|плюс|или)$/u;
const RUSSIAN_BRIEF =
  /^(?:вкратце|кратко|коротко|короче|кароче|короч|если|в|двух|словах|общем|пж|плиз|плз|пожалуйста)$/u;
const RUSSIAN_RUSSIA = /^(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф)$/u;
const RUSSIAN_POSITION = /^(?:позици\p{L}*|мнени\p{L}*|взгляд\p{L}*|думает|считает|говорит)$/u;
/** Words around Russia's position asked ("что думает россия", «какова позиция», «у россии»). */
const RUSSIAN_POSITION_GLUE = /^(?:что|как|какова|каково|какая|какое|у|по|поводу|насчет)$/u;

/** The query's words, a brevity marker's words left out. */
function queryWords(text: string, brief: RegExp): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^\p{L}'&]+/u)
    .filter((w) => w !== "" && !brief.test(w));
}

function bareKeywords(words: readonly string[], voice: RegExp, sides: RegExp, glue: RegExp): boolean {
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (!words.some((w) => voice.test(w)) || !words.some((w) => sides.test(w))) return false;
  return words.every((w) => voice.test(w) || sides.test(w) || glue.test(w));
}

/** Russia with a word of its position, beside the sides: "hamas and israel, russia's stance". */
function russiaPositionKeywords(
  words: readonly string[],
  russia: RegExp,
  position: RegExp,
  sides: RegExp,
  glue: RegExp,
  positionGlue: RegExp,
): boolean {
  if (!words.some((w) => position.test(w)) || !words.some((w) => russia.test(w))) return false;
  const voice = new RegExp(`${russia.source}|${position.source}`, "u");
  const around = new RegExp(`${glue.source}|${positionGlue.source}`, "u");
  return bareKeywords(words, voice, sides, around);
}

/** Bare keywords of Putin and the warring sides as what he says about the conflict, or the question as typed. */
export function asVoiceKeywords(text: string): string {
  if (text.length > 80 || /[?]/.test(text)) return text;
  const words = queryWords(text, ENGLISH_BRIEF);
  if (bareKeywords(words, ENGLISH_PUTIN, ENGLISH_SIDES, ENGLISH_GLUE))
    return "what does putin say about the conflict";
  return russiaPositionKeywords(
    words,
    ENGLISH_RUSSIA,
    ENGLISH_POSITION,
    ENGLISH_SIDES,
    ENGLISH_GLUE,
    ENGLISH_POSITION_GLUE,
  )
    ? "what is russia's position on the conflict"
    : text;
}

/** The Russian twin: «путин хамас израиль» as «что путин говорит о конфликте». */
export function asRussianVoiceKeywords(text: string): string {
  if (text.length > 80 || /[?]/.test(text)) return text;
  const words = queryWords(text, RUSSIAN_BRIEF);
  if (bareKeywords(words, RUSSIAN_PUTIN, RUSSIAN_SIDES, RUSSIAN_GLUE)) return "что путин говорит о конфликте";
  return russiaPositionKeywords(
    words,
    RUSSIAN_RUSSIA,
    RUSSIAN_POSITION,
    RUSSIAN_SIDES,
    RUSSIAN_GLUE,
    RUSSIAN_POSITION_GLUE,
  )
    ? "какова позиция россии по конфликту"
    : text;
}
