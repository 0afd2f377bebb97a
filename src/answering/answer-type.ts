// Questions that want a number ("how many…") or a time ("when…") are only answered by an entry that gives one.
// The article has neither figures nor dates, so such questions get "the article doesn't say", with what it does;
// nor any person's private life ("how tall is Putin", "what is Erdogan's wife called"). The same for an outcome
// ("перемирие уже заключили?"): an entry about a call for a ceasefire does not say one was agreed.

import { lean, leanRegExp } from "../lib/lean-regexp.js";
import { FAMILY_WORDS_EN, PRIVATE_WORDS_EN } from "./private-life-words.js";
import { wantsRussianTrivia, wantsTrivia } from "./trivia.js";

export type AnswerType = "number" | "time" | "personal" | "outcome" | "trivia";

const WANTS_NUMBER = [
  lean(/\bhow (?:many|much|old|long|big|large|far|often)\b/),
  lean(/\bwhat (?:number|percentage|percent|proportion|share|figure|amount|age)\b/),
  lean(/^(?:number of|figures?|statistics|stats)\b/),
];
const WANTS_TIME = [
  lean(/^(?:when|since when|until when)\b/),
  lean(/\bwhat (?:year|date|day|month|time)\b/),
  lean(/\bwhen (?:did|was|were|is|will|does|do|has|had)\b/),
];

/** A person's private life ("what is Erdogan's wife called", "does Putin have kids"): the article gives none. */
const WANTS_PERSONAL = lean(
  new RegExp(`\\b${PRIVATE_WORDS_EN}\\b|\\b(?:his|her|have|has|got) (?:any )?${FAMILY_WORDS_EN}\\b`),
);

const GIVES_NUMBER = lean(
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|percent)\b/i,
);
const GIVES_TIME = lean(
  /\b(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|last (?:week|month|year)|ago)\b/i,
);

/** "When the article talks about the failure of US policy, what is it pointing to?", «когда Путин говорит о провале
 * политики США, что он имеет в виду?»: a clause of saying with no auxiliary sets the topic; no time is asked
 * (blind88; quality39). "When did Putin say…" keeps its auxiliary and stays a time question. */
const SAYING_CLAUSE = lean(
  /^(?:when|когда) (?:the |в )?(?:article|story|piece|text|report|author|writer|putin|peskov|he|she|it|they|kremlin|ministry|foreign ministry|статья|статье|текст|тексте|автор|путин|песков|он|она|они|кремль|мид) (?:talks|speaks|says|mentions|refers|writes|describes|calls|uses|brings up|argues|claims|notes|points|blames|criticizes|criticises|говорит|пишет|упоминает|называет|заявляет|рассказывает|пишут|говорится|сказано|речь)\b/u,
);

// Russian (normalised: lower case, ё as е, words joined by spaces).
const WANTS_NUMBER_RU = [
  // "скока", "скоко": "сколько" as chat says it.
  lean(/(?:^| )(?:сколько|скольких|скока|скоко|скок)(?= |$)/),
  lean(/(?:^| )(?:какое|каково|какой) (?:количество|число|процент|размер|масштаб)(?= |$)/),
  lean(/^(?:число|количество|цифры|статистика) /),
];
const WANTS_TIME_RU = [
  lean(/^когда(?= |$)/),
  lean(
    /(?:^| )когда (?:был|была|было|были|произошл|произошло|случилось|состоялся|состоялась|началось|начался|позвонил|звонил|говорил|сказал|заявил)/,
  ),
  lean(/(?:^| )в каком (?:году|месяце)(?= |$)/),
  // "с какого года…", "с каких пор…", "как давно…", "до каких пор…": since or until when (quality-ru30).
  lean(/(?:^| )(?:с|до) (?:какого|каких|какой) (?:года|лет|времени|момента|поры|пор|даты)(?= |$)/),
  lean(/(?:^| )как давно(?= |$)/),
  lean(/(?:^| )какого числа(?= |$)/),
  lean(/(?:^| )(?:какой|какого) (?:датой|даты|день|дня)(?= |$)/),
  lean(/(?:^| )(?:дата|даты) (?:звонка|события|событий|разговора)/),
];

/** Whether something was settled, ended or started: verbs of an outcome in the past (Russian only so far). */
const WANTS_OUTCOME_RU = [
  lean(
    /(?:^| )(?:заключили|заключено|заключена|подписали|подписано|подписан|подписана|достигли|достигнуто|достигнута|договорились|наступило|наступил|наступила|установили|установлено|объявили|объявлено|вступило|вступил|согласился|согласилась|согласились|утихло|утихли|стихло|стихли)(?= |$)/,
  ),
  lean(/(?:^| )(?:прекратил|закончил|кончил|остановил|возобновил|завершил|начал)(?:ось|ась|ись|ся)(?= |$)/),
  // "удалось ли Кремлю помирить стороны": whether an effort succeeded ("как так получилось" asks how, not whether).
  lean(/(?:^| )(?:удалось|удался|удалась|получилось|сумел|сумела|сумели) ли(?= |$)/),
];
/** "хочет, чтобы бои прекратились": an outcome verb after "чтобы" is the wish asked about, not an outcome. */
const WISH_CLAUSE_RU = lean(/(?:^| )чтоб(?:ы)?(?= |$)/);
/** "какое решение должно быть достигнуто", "что нужно заключить": an outcome verb after a word of duty or of the
 * future asks what ought to come, not whether it came (wave AO: refused as "not yet happened"). */
const OUGHT_OUTCOME_RU = lean(
  /(?:^| )(?:должн(?:о|а|ы|ен)|нужно|надо|следует|необходимо|предстоит|может|могут|будет|будут)(?: бы)?(?: (?:в итоге|в конце концов|наконец|всё же|все же))?(?: быть)? \S+(?= |$)/,
);
/** "о чём договорились", "до чего договорились": what was settled, asked open, is what the call was about (the article
 * reports what Putin stressed, no agreement), not whether an outcome happened (quality53). */
const OPEN_AGREED_RU = lean(
  /(?:^| )(?:о|до|на) (?:чем|чего|ч[её]м) (?:\S+ )?(?:\S+ )?(?:договорились|сошлись|условились)(?= |$)/,
);
/** "Чем закончилась статья" asks for the article's end, not an event's. */
const ABOUT_THE_TEXT_RU = lean(/(?:^| )(?:стать[яиюе]|текст|текста|новость|новости|материал)(?= |$)/);
/** The story's events that may or may not have happened; the article reports calls for them, not outcomes. */
const EVENTS =
  "ceasefire|cease fire|truce|talks|peace talks|negotiations?|negotiation process|peace process|fighting|violence|war|conflict|situation|hostilities|crisis|peace";
/** "did the talks resume?", "has the situation calmed down?", "is there a ceasefire now?", "is the war over?" */
const WANTS_OUTCOME = [
  leanRegExp(
    `^(?:so |and |but )?(?:did|has|have|had) (?:the |a |any )?(?:${EVENTS}) (?:(?:already|actually|finally|really|been|now) )*(?:resume|resumed|restart|restarted|start|started|begin|begun|began|end|ended|stop|stopped|halt|halted|calm|calmed|ease|eased|subside|subsided|cool|cooled|die|died|happen|happened|agreed|signed|reached|declared|announced|finish|finished|take effect|taken effect|come into force|work|worked)(?= |$)`,
  ),
  leanRegExp(
    `^(?:so |and |but )?(?:is|are|was) (?:there |the )?(?:a |any )?(?:${EVENTS}) (?:(?:now|yet|already|finally|really) )*(?:now|yet|over|in place|in effect|agreed|signed|reached|declared|announced|happening|on|ended|finished)(?= |$)`,
  ),
];

const GIVES_OUTCOME = lean(
  /\b(?:has|have|had|was|were) (?:been )?(?:agreed|signed|reached|resumed|ended|stopped|halted|concluded|accepted)\b|\b(?:took effect|came into force)\b/i,
);

/** What kind of answer a question (as normalised words joined by spaces) wants: a number, a time, an outcome. */
export function wantedAnswerType(words: string, lang: "en" | "ru" = "en"): AnswerType | null {
  const [number, time, outcome] =
    lang === "ru"
      ? [WANTS_NUMBER_RU, WANTS_TIME_RU, WANTS_OUTCOME_RU]
      : [WANTS_NUMBER, WANTS_TIME, WANTS_OUTCOME];
  if (number.some((p) => p.test(words))) return "number";
  if (time.some((p) => p.test(words)) && !SAYING_CLAUSE.test(words)) return "time";
  if (lang === "en" && WANTS_PERSONAL.test(words)) return "personal";
  if (lang === "en" && wantsTrivia(words)) return "trivia";
  if (lang === "ru" && wantsRussianTrivia(words)) return "trivia";
  const asserted =
    lang === "ru" ? (words.split(WISH_CLAUSE_RU)[0] ?? words).replace(OUGHT_OUTCOME_RU, " ") : words;
  if (
    outcome.some((p) => p.test(asserted)) &&
    !(lang === "ru" && (ABOUT_THE_TEXT_RU.test(words) || OPEN_AGREED_RU.test(words)))
  )
    return "outcome";
  return null;
}

/** "How long has Russia had ties…": "long-standing" is the article's answer, though no figure. */
// "how long", "since when", «как давно», «с каких пор»: "long-standing" answers it (quality-r2-33 for the last three).
const ASKS_HOW_LONG = lean(/(?:^| )(?:how long|since when|как давно|с каких пор|как долго|давно ли)(?= |$)/);
const GIVES_LONG_TIME = lean(
  /\b(?:long-standing|longstanding|long-time|longtime|for (?:years|decades|a long time))\b/i,
);

/** "How many members…", "сколько участников / стран входит…": a list of them is the count. */
const ASKS_HOW_MANY_MEMBERS = lean(
  /\bhow many (?:members|countries|parties|participants|states|nations|players)\b|(?:^| )сколько (?:(?:всего|же|там|у|в) ){0,3}(?:участник|член|стран|сторон|государств|игрок|входит|входят|состоит)/,
);
/** "How many sides…", «скока сторон…»: "both" is the count (two). */
const ASKS_HOW_MANY_SIDES = lean(
  /\bhow many sides\b|(?:^| )(?:сколько|скока|скоко) (?:(?:всего|же|там|у) ){0,2}сторон/,
);

/** A list of three or more names: "the United States, the United Nations, the European Union and Russia". */
const GIVES_LIST = lean(/[A-Z][^,.]*, (?:the )?[A-Z][^,.]*,? and (?:the )?[A-Z]/);

/** Whether a text gives an answer of that type; `words`: the question's, for a duration or a count asked. */
export function givesAnswerType(text: string, type: AnswerType, words = ""): boolean {
  if (type === "personal" || type === "trivia") return false;
  if ((type === "number" || type === "time") && ASKS_HOW_LONG.test(words) && GIVES_LONG_TIME.test(text))
    return true;
  if (type === "number" && ASKS_HOW_MANY_MEMBERS.test(words) && GIVES_LIST.test(text)) return true;
  if (type === "number" && ASKS_HOW_MANY_SIDES.test(words) && /\bboth\b/i.test(text)) return true;
  return (type === "number" ? GIVES_NUMBER : type === "time" ? GIVES_TIME : GIVES_OUTCOME).test(text);
}
