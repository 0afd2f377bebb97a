// Kind (dialog47; dialog46's leftover o113-16/17, d110-13#2): when the ceasefire should come — "time frame for the
// ceasefire?", "how soon should the ceasefire happen?", "when should the truce start?", "ceasefire timeline?", «в какие
// сроки нужно прекращение огня?», «как скоро должно быть перемирие?». The article gives no date, but it does give the
// time of the wish: Putin calls for an *immediate* ceasefire. Read as typed, "time frame" and "when" found the entry
// of dates the article never gives ("When did this happen?") or what triggered the violence. Asked as what ceasefire
// Putin calls for, whose answer holds "the urgent need for an immediate ceasefire". A ceasefire that happened or
// began ("has the ceasefire started?", "when did the truce begin?") is not this wish and is read as typed.
import { foldQuestion, withoutEndMarks } from "../lib/fold-question.js";

const CEASEFIRE_EN = "(?:the |a |an )?(?:cease-?fire|truce)";
const TIMING_EN = [
  // "time frame for the ceasefire", "what's the timeline for a truce", "any deadline for the ceasefire"
  new RegExp(
    `(?<!\\p{L})(?:time ?frame|time ?line|time ?table|deadline|schedule|time scale)s? (?:for|of|on) ${CEASEFIRE_EN}(?!\\p{L})`,
    "u",
  ),
  // "ceasefire timeline?", "the truce time frame"
  /(?<!\p{L})(?:cease-?fire|truce)(?:'s)? (?:time ?frame|time ?line|time ?table|deadline|schedule)(?!\p{L})/u,
  // "how soon should the ceasefire happen", "when should the truce start", "by when does putin want a ceasefire"
  new RegExp(
    `^(?:(?:and|so|but|ok|okay|then)[,.! ]+)*(?:how (?:soon|quickly|fast)|when|by when) (?:should|must|would|will|is|does|do|did) (?:[\\p{L}'-]+ ){0,4}?${CEASEFIRE_EN}(?: (?:happen|start|begin|come|take effect|be (?:declared|reached|in place)|kick in))?$`,
    "u",
  ),
];
/** A ceasefire that has happened is asked of, not the wish: "has it started", "did it begin", "when did … begin". */
const HAPPENED_EN =
  /(?<!\p{L})(?:did|has|have|had|was|were)(?! putin| he| russia| moscow)(?:[\p{L}' -]+ )?(?:start|begin|began|started|happen|happened|come|end)(?!\p{L})/u;
const CEASEFIRE_RU = "(?:прекращени\\p{L}* огня|перемири\\p{L}*|прекратить огонь)";
const TIMING_RU = [
  // «в какие сроки нужно прекращение огня», «как скоро должно быть перемирие», «когда нужно прекратить огонь»
  new RegExp(
    `^(?:(?:а|и|так|ну)[,.! ]+)*(?:в какие сроки|как скоро|как быстро|когда|к какому сроку)(?: (?:нужно|надо|должно|должен|должна|следует|необходимо|хочет|требует|путин|он|быть|начаться|наступить|ввести|объявить|установить)){1,4} ${CEASEFIRE_RU}(?: (?:начаться|наступить|быть|ввести))?$`,
    "u",
  ),
  // «сроки прекращения огня», «какие сроки у перемирия»
  new RegExp(`(?<!\\p{L})(?:срок\\p{L}*) (?:у |для )?${CEASEFIRE_RU}(?!\\p{L})`, "u"),
];

/** "time frame for the ceasefire?" as the ceasefire Putin calls for, else null. */
export function ceasefireTimingOf(text: string): string | null {
  const q = withoutEndMarks(foldQuestion(text));
  if (q.length > 80) return null;
  if (/[а-я]/u.test(q))
    return TIMING_RU.some((re) => re.test(q)) ? "к какому прекращению огня призывает путин?" : null;
  if (HAPPENED_EN.test(q)) return null;
  return TIMING_EN.some((re) => re.test(q)) ? "what kind of ceasefire does putin call for?" : null;
}
