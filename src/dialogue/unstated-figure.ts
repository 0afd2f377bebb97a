// "more than a thousand dead?", "over 500 killed?", «больше тысячи погибших?», «жертв больше ста?», "was the call
// yesterday?", «они говорили в понедельник?»: a yes/no asking a figure, an amount, a date or a time. The article
// gives none (no number of casualties, no day of the call), so such a question is "doesn't say" — never the Yes
// the topic's entry gives (d56-30: the casualties entry confirmed "more than a thousand") nor the No the claim
// checker reads from a time word it cannot find (d56-10). Settled by the text: the figure or the time word asked
// must be absent from the evidence's quoted words (figures-asked.ts's rule for "any numbers?").
import type { Answer, Lang } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";

/** A figure asked: digits, a big number word, or a comparison before a number word ("more than ten"). */
const FIGURE_EN = lean(
  /(?<!\p{L})(?:\d[\d,.]*|hundreds?|thousands?|millions?|dozens?|(?:(?:more|fewer|less) than|over|under|at least|about|around|nearly|almost) (?:a |an |one |two |three |five )?(?:hundred|thousand|million|dozen|ten|twenty|fifty)|tens of)(?!\p{L})/u,
);
const FIGURE_RU = lean(
  /(?<!\p{L})(?:\d[\d,.]*|сотн\p{L}*|сотен|сто|ста|тысяч\p{L}*|миллион\p{L}*|десятк\p{L}*|десяти|дюжин\p{L}*|двадцати|пятидесяти)(?!\p{L})/u,
);
/** A date or a time of day asked. */
const TIME_EN = lean(
  /(?<!\p{L})(?:yesterday|today|tonight|this (?:morning|afternoon|evening|week|month|year)|last (?:night|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on |last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in |on )?(?:january|february|march|april|june|july|august|september|october|november|december)|(?:a|one|two|three|few) (?:days?|weeks?|months?) ago|in (?:19|20)\d\d|at (?:noon|midnight|\d{1,2}(?::\d\d)?(?: ?[ap]m)?))(?!\p{L})/u,
);
const TIME_RU = lean(
  /(?<!\p{L})(?:вчера|позавчера|сегодня|на (?:прошлой|этой) неделе|в (?:прошлом|этом) (?:месяце|году)|(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|(?:в )?(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:е|я)|(?:день|неделю|месяц|два дня|пару дней|несколько дней) назад|в (?:19|20)\d\d(?: году)?|утром|вечером|ночью)(?!\p{L})/u,
);
/** The asked figure is about something the article counts in words only ("both sides", "a Palestinian state"). */
const NUMBER_IN_QUOTE = lean(
  /\d|(?<!\p{L})(?:hundreds?|thousands?|millions?|dozens?|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|сот\p{L}*|тысяч\p{L}*|миллион\p{L}*|десятк\p{L}*|вчера|сегодня)(?!\p{L})/iu,
);

/** Whether folded words ask a figure, an amount, a date or a time. */
export function figureOrTimeAsked(folded: string, lang: Lang): boolean {
  const text = folded.replace(/ё/gu, "е");
  return lang === "ru"
    ? FIGURE_RU.test(text) || TIME_RU.test(text)
    : FIGURE_EN.test(text) || TIME_EN.test(text);
}

/**
 * "call yesterday" (the mention reader's thing of "was the call yesterday?"): a matter of the story with a figure
 * or a time beside it — a question of when or how many, not of a mention.
 */
export function figureBesideMatter(thing: string, lang: Lang): boolean {
  if (!figureOrTimeAsked(thing, lang)) return false;
  const rest = thing
    .replace(lang === "ru" ? TIME_RU : TIME_EN, " ")
    .replace(lang === "ru" ? FIGURE_RU : FIGURE_EN, " ");
  return /\p{L}{3,}/u.test(rest);
}

/** Whether a yes/no question asks a figure, amount, date or time, and the evidence's quoted words give none. */
export function unstatedFigureAsked(folded: string, lang: Lang, answer: Answer): boolean {
  return figureOrTimeAsked(folded, lang) && !answer.quotes.some((q) => NUMBER_IN_QUOTE.test(q.text));
}
