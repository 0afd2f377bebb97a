// Kind: whether a view is one voice's or shared, after an answer: "is that just putin's view or the whole govt?",
// "is that only the president talking or does the rest of the leadership say so too?", "who else in moscow is on
// the same page?", «это только путин так считает или всё руководство?», «а кроме него кто в россии так же
// говорит?». The answer is who else the article reports on it: its roster of voices with what each says
// (other-voices.ts asks the same roster for "who else spoke?"). Read alone, "putin's view" was answered with
// Putin's wants again and "who else … on the same page?" was refused as ambiguous (d54-20).

/** The cheap test first: a word of "only", "else", "rest", "whole" or "share" must be there. */
const CHEAP =
  /(?<!\p{L})(?:just|only|solely|merely|else|rest|whole|entire|all|share[sd]?|same|agree[sd]?|только|лишь|ещ[её]|кроме|вс[её]|вся|весь|разделя\p{L}*|согла\p{L}*)(?!\p{L})/u;

const LEAD_EN = "(?:(?:and|so|but|ok|okay|then|wait|hmm|right)[, ]+)*";
const WHO_EN = "(?:putin|the president|he|him|the kremlin|peskov|moscow|the foreign ministry|the mfa)";
const BODY_EN =
  "(?:(?:the )?(?:(?:whole|entire|rest of the|rest of) (?:russian )?(?:govt|government|leadership|kremlin|state|officials|administration|establishment|moscow|russia|cabinet)|(?:russian )?(?:govt|government|leadership|officials|administration|establishment|cabinet))|everyone(?: else)?|everybody(?: else)?|other (?:russian )?officials|the others|all of them|russia as a whole)";
const VIEW_EN =
  "(?:view|views|opinion|position|stance|take|line|idea|thinking|words|thing|personal (?:view|opinion))";
const SAY_EN =
  "(?:say|says|said|think|thinks|agree|agrees|share|shares|hold|holds|back|backs|support|supports|feel|feels|take|takes|see|sees|want|wants)";

const ONLY_EN = [
  // "is that just putin's view or the whole govt", "is this only the president's opinion or russia's official line"
  new RegExp(
    `^${LEAD_EN}(?:is|was) (?:that|this|it) (?:just|only|solely|merely|purely) (?:${WHO_EN}(?:'s)?|his|their) (?:own )?${VIEW_EN}(?: (?:or|and not) .+)?$`,
    "u",
  ),
  // "is that only the president talking or does the rest of the leadership say so too"
  new RegExp(
    `^${LEAD_EN}(?:is|was) (?:that|this|it) (?:just|only|solely|merely) ${WHO_EN} (?:talking|speaking|saying (?:that|so|it))(?: (?:or|and not) .+)?$`,
    "u",
  ),
  // "is it only putin who says that", "does only putin think so"
  new RegExp(
    `^${LEAD_EN}(?:is (?:it|that) (?:just|only) ${WHO_EN} who ${SAY_EN}|(?:does|do) only ${WHO_EN} ${SAY_EN}) (?:that|so|this|it)(?: (?:or|and not) .+)?$`,
    "u",
  ),
  // "does the rest of the government share that view", "does the whole kremlin agree", "does everyone else say so"
  new RegExp(
    `^${LEAD_EN}(?:does|do|did) ${BODY_EN} (?:also |too |as well )?${SAY_EN}(?: (?:that|this|it|so|the same|that view|this view|his view|that line|that position|with (?:him|that|it|this)))?(?: too| as well| also)?$`,
    "u",
  ),
  // "who else in moscow is on the same page", "who else holds that view", "anyone else agree"
  new RegExp(
    `^${LEAD_EN}(?:who|anyone|anybody|does anyone|does anybody|is anyone|is anybody)(?: else)?(?: (?:in|from|of|among|at) [\\p{L}' -]+?)? (?:is on (?:the same page|board)|on (?:the same page|board)|${SAY_EN}) ?(?:that|this|it|so|the same|that view|this view|his view|that line|that position|with (?:him|that|it|this))?(?: too| as well| also)?$`,
    "u",
  ),
];

const LEAD_RU = "(?:(?:а|и|но|ну|так|то есть)[, ]+)*";
const WHO_RU = "(?:путин\\p{L}*|президент\\p{L}*|он|кремл\\p{L}*|песков\\p{L}*|мид\\p{L}*)";
const VIEW_RU =
  "(?:мнени\\p{L}*|позици\\p{L}*|слов\\p{L}*|взгляд\\p{L}*|точк\\p{L}* зрения|личн\\p{L}* мнени\\p{L}*|иде\\p{L}*)";
const SAY_RU =
  "(?:счита\\p{L}*|дума\\p{L}*|говор\\p{L}*|сказал\\p{L}*|заявля\\p{L}*|разделя\\p{L}*|поддержива\\p{L}*|согла\\p{L}*|хоч\\p{L}*|хот\\p{L}*|полага\\p{L}*)";

const ONLY_RU = [
  // «это только мнение путина или всего руководства», «это только его позиция?»
  new RegExp(
    `^${LEAD_RU}(?:это|эт[оа] (?:позиция|мнение))? ?(?:только|лишь|чисто|исключительно) (?:${VIEW_RU} ${WHO_RU}|(?:его|их) (?:личн\\p{L}* )?${VIEW_RU}|${WHO_RU} ${VIEW_RU})(?: (?:или|а не) .+)?$`,
    "u",
  ),
  // «это только путин так считает или всё руководство?»
  new RegExp(
    `^${LEAD_RU}(?:это )?(?:только|лишь) ${WHO_RU} (?:так |это )?${SAY_RU}(?: так)?(?: (?:или|а не) .+)?$`,
    "u",
  ),
  // «а кроме него кто в россии так же говорит?», «кто ещё так считает?», «кто ещё это разделяет?»
  new RegExp(
    `^${LEAD_RU}(?:кроме (?:него|путина|президента|кремля|пескова) )?кто(?: ещ[её])?(?: (?:из|в|от|среди) [\\p{L} -]+?)? (?:ещ[её] )?(?:так же |также |тоже |так |то же самое |это |с ним )*${SAY_RU}(?: так же| также| тоже| так| то же самое| это| с ним)*$`,
    "u",
  ),
  // «остальное руководство с ним согласно?», «всё правительство так считает?»
  new RegExp(
    `^${LEAD_RU}(?:вс[её]|вся|весь|остальн\\p{L}*) (?:российск\\p{L}* )?(?:руководств\\p{L}*|правительств\\p{L}*|власт\\p{L}*|кремл\\p{L}*|чиновник\\p{L}*) (?:тоже |так же |также |так |с ним )*${SAY_RU}(?: так| тоже| то же| с ним)*$`,
    "u",
  ),
];

/** The roster question a "just his view, or everyone's?" stands for, in the message's language; null when none. */
export function sharedViewAsked(folded: string, lang: "en" | "ru"): string | null {
  if (!CHEAP.test(folded)) return null;
  const text = folded.replace(/[?!.\s]+$/u, "");
  if (lang === "ru") return ONLY_RU.some((p) => p.test(text)) ? "кто что сказал в статье?" : null;
  return ONLY_EN.some((p) => p.test(text)) ? "who said what in the article?" : null;
}
