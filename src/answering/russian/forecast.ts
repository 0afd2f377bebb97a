// A forecast of a war, asked in Russian ("будет ли третья мировая", "начнётся ли мировая война", "грядёт ли большая
// война?", "война с Ираном будет?"): what will happen, where the article reports only what was said — the fears of
// the crisis spreading are the article's, the forecast is not (whole-question.ts refuses it as English future-outcome.ts
// does). "Третья мировая" stays a word of the spread fears for "может ли это перерасти в третью мировую?" (could):
// only a bare will-there-be is read here.
import { foldedRussian } from "./plain-text.js";

/** A war or a world war, in the cases "будет/начнется" take: "третья мировая (война)", "большая война". */
const WAR =
  "(?:(?:третья |3-?я |новая |большая |ядерная |мировая |глобальная |региональная )*(?:мировая|война|ww3|вв3)(?: война)?)";
const WILL = "(?:будет|начнется|случится|грядет|разразится|наступит|произойдет|развяжется|вспыхнет)";
const TAIL =
  "(?: (?:или нет|вообще|скоро|в \\d{4}(?: году)?|в этом году|в следующем году|из-за этого|после этого))*";

const u = (s: string) => new RegExp(`^(?:а |и |так |ну |как думаешь |как думаете |скажи )?${s}${TAIL}$`, "u");
const SHAPES = [
  // будет ли третья мировая / начнется ли мировая война / будет третья мировая? (by intonation)
  u(`${WILL}(?: ли)? ${WAR}`),
  // третья мировая будет? / мировая война начнется ли
  u(`${WAR}(?: ли)? ${WILL}(?: ли)?`),
  // будет ли война с ираном / начнется ли война между россией и сша
  u(`${WILL}(?: ли)? ${WAR} (?:с|между) [\\p{L}-]+(?: (?:и )?[\\p{L}-]+){0,2}`),
];

/**
 * Where a person of the story will go ("путин поедет в израиль?", "поедет ли путин в израиль", "песков полетит в
 * газу?", "эрдоган приедет в москву?", "посетит ли путин израиль"): a trip the article never reports, as English
 * future-outcome.ts reads "will putin visit israel". Went to "not sure which" beside the place's entries (blind-ru63).
 * One to three words of who travels, then only the place: "поедет ли путин в израиль мирить стороны" keeps its errand.
 */
const GOES =
  "(?:поедет|поедут|полетит|полетят|приедет|приедут|прилетит|прилетят|отправится|отправятся|съездит|съездят|слетает|слетают|посетит|посетят|нагрянет|заедет)";
const WHO = "(?:[\\p{L}-]+ ){1,3}";
const WHERE = "(?:(?:в|во|к|на) )?[\\p{L}-]+(?: [\\p{L}-]+){0,2}";
const TRAVEL = [
  // «путин поедет в израиль», «песков полетит в газу», «путин посетит израиль», «путин приедет к эрдогану в турцию»
  u(`${WHO}(?:(?:скоро|вообще|сам|лично|тоже|все-таки|всё-таки) )?${GOES}(?: ли)? ${WHERE}`),
  // «поедет ли путин в израиль», «посетит ли эрдоган москву»
  u(`${GOES} ли ${WHO}${WHERE}`),
];

/** Whether a Russian question asks whether a war will come, or where a person will travel. */
export function asksRussianForecast(s: string): boolean {
  const text = foldedRussian(s);
  const words = text.split(" ").length;
  return (
    (words <= 12 && SHAPES.some((re) => re.test(text))) ||
    (words <= 8 && text.length <= 120 && TRAVEL.some((re) => re.test(text)))
  );
}
