// How often, how long or by when: a frequency, a duration or a deadline the article never gives, added to a deed it
// reports. «Путин дважды за неделю говорил по телефону с Эрдоганом» (claims-blind48's false confirmation): the
// article reports one call with Erdogan and no time, but "twice" and "in a week" weighed two light words, the rest
// lined up with the call and the claim was confirmed. The same kind: "Putin calls Erdogan every week", "in repeated
// calls", "Peskov reaffirms daily", «несколько раз», «ежедневно», a call "lasting two hours" and a demand "within 48
// hours" / «в течение 48 часов» / «до конца недели». A duration that is all the claim says ("the call lasted more
// than an hour", «разговор длился два часа») is news, not in the article: the phrase's verb stays, so the rest
// lines up with nothing. Such a phrase (EN + RU, one of the fixed runs below that the
// article and its translation do not have; not "again" / «снова»: the article's resumption and reaffirming say it) never lets a claim be confirmed: a confirmed claim becomes altered, and
// a claim read as not in the article becomes altered when, the phrase taken off, it is confirmed (the deed is the
// article's; only how often / how long / by when is new). Every expression is a fixed run of words: linear time.
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import { confirms } from "./verdict.js";

const EN_COUNT =
  "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|many|multiple|numerous|a\\s+few|few|a\\s+couple\\s+of)";
/** A count of years that is a figure (not "many", "several": the article's "long-standing"). */
const EN_YEARS =
  "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a\\s+couple\\s+of|a\\s+dozen";
// Not years: "for many years" is the article's "long-standing".
const EN_UNIT = "(?:minutes?|hours?|days?|weeks?|months?)";
const RU_COUNT =
  "(?:\\d+|два|две|три|четыре|пять|шесть|десять|несколько|много|пару|двух|тр[её]х|четыр[её]х|пяти|нескольких|одной|одного|одну|полтора|полторы|целый|целую|целые)";
const RU_UNIT =
  "(?:час(?:а|ов)?|часы|дн(?:я|ей|и)|день|сутки|суток|недел(?:и|ь|ю|я)|месяц(?:а|ев)?|минут\\p{L}{0,2})";

/** A count of years in Russian: «двадцать лет», «10 лет», «два десятилетия». */
const RU_YEARS =
  "(?:\\d+|два|две|три|четыре|пять|шесть|десять|пятнадцать|двадцать|тридцать)\\s+(?:лет|года?|десятилети\\p{L}{1,2})";

/** The fixed runs of a frequency, a duration or a deadline. */
const PHRASES: readonly RegExp[] = [
  // "three times", "several times", "a few times"
  new RegExp(`(?<!\\p{L})(?:${EN_COUNT}|countless)\\s+times(?!\\p{L})`, "giu"),
  /(?<!\p{L})(?:twice|thrice|repeatedly|daily|weekly|nightly|hourly|regularly|constantly|frequently|often)(?!\p{L})/giu,
  // "in repeated calls" (not the verb: "Peskov repeated that …" is the article's "reaffirms")
  /(?<!\p{L})repeated\s+(?:phone\s+|telephone\s+)?(?:calls|conversations|talks|contacts|exchanges)(?!\p{L})/giu,
  /(?<!\p{L})(?:every|each)\s+(?:single\s+)?(?:day|week|month|morning|evening|night)(?!\p{L})/giu,
  /(?<!\p{L})(?:day\s+after\s+day|per\s+(?:day|week)|round\s+the\s+clock|around\s+the\s+clock)(?!\p{L})/giu,
  // "over the past few days", "within the next 48 hours", "in the last week"
  new RegExp(
    `(?<!\\p{L})(?:over|during|in|for|within|throughout)\\s+(?:the\\s+)?(?:past|last|next|coming|previous)\\s+(?:${EN_COUNT}\\s+)?${EN_UNIT}(?!\\p{L})`,
    "giu",
  ),
  // "within 48 hours", "for two hours", "in three days", "lasting two hours"
  new RegExp(
    `(?<!\\p{L})(?:(?:for|within|in|after)\\s+)?(?:under\\s+|less\\s+than\\s+|more\\s+than\\s+|over\\s+)?${EN_COUNT}\\s+${EN_UNIT}(?!\\p{L})`,
    "giu",
  ),
  // "a two-hour call", "48-hour"
  new RegExp(`(?<!\\p{L})${EN_COUNT}-(?:minute|hour|day|week|month)(?:-long)?(?!\\p{L})`, "giu"),
  // "this week", "all week", "by the end of the week", "by Friday"
  /(?<!\p{L})(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:the|this|next)\s+(?:week|month|day|year)(?!\p{L})/giu,
  /(?<!\p{L})(?:by|before|until)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)(?!\p{L})/giu,
  /(?<!\p{L})(?:all|this|last|that)\s+(?:week|month)(?!\p{L})/giu,
  // Russian: «дважды», «несколько раз», «каждую неделю», «за неделю», «в течение 48 часов», «до конца недели»
  /(?<!\p{L})(?:дважды|трижды|четырежды|неоднократно|многократно|ежедневно|еженедельно|ежечасно|регулярно|постоянно|часто|круглосуточно)(?!\p{L})/giu,
  new RegExp(`(?<!\\p{L})(?:${RU_COUNT}|много)\\s+раз(?:а)?(?!\\p{L})`, "giu"),
  /(?<!\p{L})(?:кажд(?:ый|ую|ое|ой)|ежедневн\p{L}{1,3}|регулярн\p{L}{1,3}|многократн\p{L}{1,3}|неоднократн\p{L}{1,3}|повторн\p{L}{1,3})\s+(?:день|неделю|месяц|утро|вечер|раз|разговор\p{L}{0,3}|звонк\p{L}{0,3}|беседах|беседы)(?!\p{L})/giu,
  new RegExp(
    `(?<!\\p{L})за\\s+(?:(?:эту|прошлую|последнюю|одну|эти|последние|прошедшие)\\s+)?(?:${RU_COUNT}\\s+)?${RU_UNIT}(?!\\p{L})`,
    "giu",
  ),
  new RegExp(`(?<!\\p{L})в\\s+течение\\s+(?:${RU_COUNT}\\s+)?${RU_UNIT}(?!\\p{L})`, "giu"),
  /(?<!\p{L})до\s+конца\s+(?:недели|месяца|дня|года|суток)(?!\p{L})/giu,
  /(?<!\p{L})на\s+(?:этой|прошлой|следующей)\s+неделе(?!\p{L})/giu,
  new RegExp(`(?<!\\p{L})${RU_COUNT}\\s+${RU_UNIT}(?!\\p{L})`, "giu"),
  // (claims38) Half a unit and a unit and a half: «полчаса», «полдня», "half an hour", "an hour and a half".
  /(?<!\p{L})(?:полчаса|полдня|полсуток|полгода|полнедели|half\s+an?\s+(?:hour|day|week)|an?\s+(?:hour|day|week)\s+and\s+a\s+half)(?!\p{L})/giu,
  // (claims36) Years with a count ("for twenty years", "for a decade", «уже 20 лет»; not "many years": the article's
  // "long-standing") and a time moved ("yesterday", "last year", "two years ago", "until last year", «вчера», «в
  // прошлом году»): the article dates none of its deeds.
  new RegExp(
    `(?<!\\p{L})(?:(?:for|over)\\s+(?:the\\s+(?:past|last)\\s+)?(?:${EN_YEARS})\\s+(?:years?|decades?)|(?:${EN_YEARS})\\s+(?:years?|decades?)\\s+ago)(?!\\p{L})`,
    "giu",
  ),
  /(?<!\p{L})(?:(?:for|over)\s+(?:a|one)\s+decade|(?:a|one)\s+decade\s+ago)(?!\p{L})/giu,
  /(?<!\p{L})(?:(?:until|till|since|as\s+of)\s+)?(?:last|next)\s+(?:year|month|spring|summer|autumn|fall|winter)(?!\p{L})/giu,
  /(?<!\p{L})(?:the\s+day\s+before\s+yesterday|yesterday|last\s+night|(?:(?:in|since|until)\s+)(?:19|20)\d\d)(?!\p{L})/giu,
  /(?<!\p{L})(?:позавчера|вчера|(?:в|до|с)\s+прошл(?:ом|ого)\s+(?:году|года|месяце|месяца)|(?:в|с|до)\s+(?:19|20)\d\d(?:\s+г(?:оду|ода|\.)?)?)(?!\p{L})/giu,
  new RegExp(`(?<!\\p{L})(?:(?:уже|на\\s+протяжении)\\s+${RU_YEARS}|${RU_YEARS}\\s+назад)(?!\\p{L})`, "giu"),
];

/** A duration that is the claim's predicate: "lasted more than an hour", «длился два часа» (news, kept). */
const DURATION_PREDICATE =
  /(?<!\p{L})(?:lasted|lasting|lasts|went\s+on|длил\p{L}{2,4}|продолжал\p{L}{2,4}|шл[иао])(?:\s+(?:for|about|over|more|than|around|nearly|almost|около|почти|более|больше|свыше|целых)){0,3}\s+(?:\d+|a|an|one|two|three|several|many|два|две|три|несколько|час|полчаса|сутки)(?!\p{L})/iu;

/** The frequency / duration / deadline runs of a text that the article (and its translation) does not have. */
export function addedFrequencies(text: string, article: string): { found: string[]; without: string } {
  const said = article.toLowerCase();
  const found: string[] = [];
  let without = text;
  for (const re of PHRASES) {
    without = without.replace(re, (m) => {
      const phrase = m.toLowerCase().replace(/\s+/gu, " ");
      if (said.includes(phrase)) return m;
      found.push(phrase);
      return " ";
    });
  }
  if (found.length === 0) return { found, without: text };
  without = without
    .replace(/\s+([,.!?;:])/gu, "$1")
    .replace(/,\s*,/gu, ",")
    .replace(/^\s*,\s*/u, "")
    .replace(/\s{2,}/gu, " ")
    .trim();
  return { found, without };
}

const addedChange = (verdict: ClaimVerdict, found: string[]): ClaimVerdict["changes"] => [
  ...verdict.changes,
  { kind: "added", claimed: found.join(" "), article: "" },
];

/**
 * The checker, a claim adding how often, how long or by when to a deed of the article read as altered, never
 * confirmed. `article`: the article's paragraphs and the curated translation, one text.
 */
export function judgingAddedFrequency(check: ClaimChecker, article: string): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    if (!confirms(verdict.verdict) && verdict.verdict !== "not-in-article") return verdict;
    const { found, without } = addedFrequencies(text, article);
    if (found.length === 0) return verdict;
    if (confirms(verdict.verdict))
      return { ...verdict, verdict: "altered", exact: null, changes: addedChange(verdict, found) };
    if (without.split(/\s+/u).length < 3 || DURATION_PREDICATE.test(text)) return verdict;
    const bare = check(without);
    if (!confirms(bare.verdict) || bare.span === null) return verdict;
    return {
      ...bare,
      verdict: "altered",
      claim: verdict.claim,
      statement: verdict.statement,
      exact: null,
      changes: addedChange(bare, found),
    };
  };
}
