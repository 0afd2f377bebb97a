// The Foreign Ministry named beside the warring sides in a keyword query, maybe with a word of a statement
// ("russian foreign ministry statement gaza", "mfa israel palestine", «мид рф заявление израиль палестина»,
// «министерство иностранных дел россии позиция конфликт»): it asks what the ministry says about the conflict, read
// so. Read as typed, "Israel" and "Palestine" read as the region's countries outweighed the ministry, and the answer
// was the card saying the article names no regional players (dialogues54 d54-30). Only a bare keyword query: every
// word is the ministry, a side or place of the fighting, a statement word or glue; a question word, a verb or any
// other name leaves it as typed (voice-keywords.ts reads Putin's and Russia's keyword queries the same way).

const MAX_WORDS = 8;

/** The ministry's names, folded to one token before the words are read. */
const ENGLISH_MINISTRY =
  /(?<!\p{L})(?:(?:the )?(?:russian |russia'?s |moscow'?s |moscow )?(?:foreign (?:ministry|office)|ministry of foreign affairs|mfa)(?: of russia)?)(?!\p{L})/gu;
const RUSSIAN_MINISTRY =
  /(?<!\p{L})(?:(?:российск\p{L}* )?(?:мид\p{L}*|министерств\p{L}* иностранных дел)(?: рф| россии)?)(?!\p{L})/gu;
const TOKEN = "ministrytoken";

const ENGLISH_SIDES =
  /^(?:hamas|israel|israel's|israelis?|gaza|palestinians?|palestine|middle|east|war|conflict|fighting|violence|situation|crisis|escalation)$/;
const ENGLISH_STATEMENT =
  /^(?:statement|statements|position|stance|view|views|comment|comments|remarks|line|says|said|reaction|response)$/;
const ENGLISH_GLUE = /^(?:and|&|vs|versus|the|on|re|about|over|plus|or|with|in|its|of)$/;

const RUSSIAN_SIDES =
  /^(?:хамас\p{L}*|израил\p{L}*|газ[аеуы]|газой|сектор\p{L}*|палестин\p{L}*|ближн\p{L}*|восток\p{L}*|войн\p{L}*|конфликт\p{L}*|насили\p{L}*|ситуаци\p{L}*|кризис\p{L}*|обострени\p{L}*|эскалаци\p{L}*)$/u;
const RUSSIAN_STATEMENT =
  /^(?:заявлени\p{L}*|позици\p{L}*|мнени\p{L}*|комментари\p{L}*|слова|сказал|говорит|заявил|реакци\p{L}*|ответ)$/u;
const RUSSIAN_GLUE = /^(?:и|а|vs|против|с|со|о|об|про|плюс|или|по|в|на|насчет|поводу)$/u;

function bareMinistryKeywords(
  text: string,
  ministry: RegExp,
  sides: RegExp,
  statement: RegExp,
  glue: RegExp,
): boolean {
  if (text.length > 90 || /[?]/.test(text)) return false;
  const plain = text.toLowerCase().replace(/ё/g, "е").replace(/’/g, "'");
  const named = plain.replace(ministry, ` ${TOKEN} `);
  if (named === plain) return false;
  const words = named.split(/[^\p{L}'&]+/u).filter((w) => w !== "");
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (words.filter((w) => w === TOKEN).length !== 1 || !words.some((w) => sides.test(w))) return false;
  return words.every((w) => w === TOKEN || sides.test(w) || statement.test(w) || glue.test(w));
}

/** A bare keyword query of the ministry and the conflict as what the ministry says, or the question as typed. */
export function asMinistryKeywords(text: string): string {
  return bareMinistryKeywords(text, ENGLISH_MINISTRY, ENGLISH_SIDES, ENGLISH_STATEMENT, ENGLISH_GLUE)
    ? "what is the russian foreign ministry calling for"
    : text;
}

/** The Russian twin: «мид рф заявление израиль палестина» as «что заявил мид россии». */
export function asRussianMinistryKeywords(text: string): string {
  return bareMinistryKeywords(text, RUSSIAN_MINISTRY, RUSSIAN_SIDES, RUSSIAN_STATEMENT, RUSSIAN_GLUE)
    ? "к чему призывает мид россии"
    : text;
}

/**
 * A ministry asked for by "which" ("which russian ministry talks about coordinating regional players", "which
 * department wants the region's players coordinated"): asks what ministry says it, read so ("what ministry …"). Read
 * as typed, "which" beside "regional players" asked which players, and the card saying the article names none
 * answered (wave AN).
 */
const WHICH_MINISTRY =
  /^(\s*(?:(?:so|and|ok|okay|but)[\s,]+)*)which(\s+(?:(?:russian|russia'?s|moscow'?s|kremlin)\s+)?(?:government\s+)?(?:ministry|department|agency)\b)/i;

/** "which ministry …" as "what ministry …", or the question as typed. */
export function asWhichMinistry(text: string): string {
  return text.replace(WHICH_MINISTRY, "$1what$2");
}

/**
 * The Russian twin, by the office words a Russian asks with: «какое ведомство говорит про координацию региональных
 * игроков», «какая структура в россии …», «что за орган …» asks which ministry, read as «какое министерство …». Read
 * as typed, «ведомство» was an unknown word and «какое» beside «региональных игроков» asked which players (refused);
 * so was «какое министерство …»: read as «кто из министерств …», the speaker asked (wave AO).
 */
const RUSSIAN_WHICH_OFFICE =
  /^((?:(?:а|и|ну|так|слушай|скажи|скажите)[\s,]+)*)(?:как(?:ое|ая|ой)|что\s+за)\s+(?:(?:российск|государственн|правительственн)\p{L}*\s+)?(?:министерств\p{L}*|ведомств\p{L}*|структур\p{L}*|орган|учреждени\p{L}*|департамент\p{L}*|инстанци\p{L}*|служб\p{L}*)(?!\p{L})/iu;

/** «какое ведомство / министерство …» as «кто из министерств …», or the question as typed. */
export function asRussianWhichOffice(text: string): string {
  return text.replace(RUSSIAN_WHICH_OFFICE, "$1кто из министерств");
}
