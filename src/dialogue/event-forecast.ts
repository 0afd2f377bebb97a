// "переговоры возобновят?", "палестинское государство появится?", "will a Palestinian state be created?": a yes/no
// on how the story's events will turn out. The article reports what its voices said and called for, never what
// will happen, so the verdict is "doesn't say" — never the Yes of the entry calling for the event ("Да" on Putin
// wanting the talks resumed answered "will they resume?"). English forecasts of events are the engine's own
// (src/answering/future-outcome.ts); this adds the Russian ones and English created/established/resumed shapes.
import { asksForecast } from "../answering/future-outcome.js";
import type { Lang } from "../answering/types.js";

/** The story's events and goals, in Russian (folded: lower case, ё as е). */
const EVENT_RU =
  /(?<!\p{L})(?:прекращени\p{L}* огня|перемири\p{L}*|переговор\p{L}*|диалог\p{L}*|войн\p{L}*|конфликт\p{L}*|насили\p{L}*|бои|боев\p{L}*|боевые действия|государств\p{L}*|урегулировани\p{L}*|мир|мирн\p{L}* (?:процесс|договор|соглашени)\p{L}*|соглашени\p{L}*|сделк\p{L}*|кризис\p{L}*|эскалаци\p{L}*)(?!\p{L})/u;
/** A perfective future (or "будет") of an event's coming about or ending. */
const WILL_RU =
  /(?<!\p{L})(?:будет|будут|появится|появятся|наступит|начнется|начнутся|закончится|закончатся|кончится|прекратится|прекратятся|остановится|остановятся|возобновится|возобновятся|возобновят|создадут|создано|заключат|подпишут|состоится|состоятся|завершится|утихнет|утихнут|стихнет|достигнут|прекратят|остановят|сработает|продлится|затянется|перерастет|удастся)(?!\p{L})/u;
/** A voice the article quotes as the subject: what it will do is its stated readiness, not an event's outcome. */
const VOICE_RU = /(?<!\p{L})(?:путин\p{L}*|песков\p{L}*|кремл\p{L}*|мид\p{L}*)(?!\p{L})/u;
/** "чтобы" puts the verb in a wish, "может" in the article's own hedge ("может выйти за пределы"). */
const NOT_FORECAST_RU =
  /(?<!\p{L})(?:чтобы|чтоб|может|могут|хочет|хотят|призыва\p{L}*|требу\p{L}*)(?!\p{L})/u;

const EVENT_EN =
  "(?:a |an |the |any )?(?:palestinian state|independent (?:palestinian )?state|two-state solution|ceasefire|cease-fire|truce|peace(?: deal| agreement| talks| process)?|talks|negotiations?|settlement|direct dialogue|dialogue)";
/** "will a Palestinian state be created?", "are the talks going to restart?", "will there be peace?" */
const WILL_BE_EN = new RegExp(
  `^(?:(?:so|and|but)\\s+)?(?:will (?:there be )?${EVENT_EN}(?: (?:ever|really|actually|finally|soon|eventually))* (?:be (?:created|established|set up|founded|recogni[sz]ed|reached|agreed|signed|declared|achieved|resumed|restarted)|resume|restart|start|begin|happen|come|take place)|(?:is|are) ${EVENT_EN} (?:ever |really |actually |finally )?(?:going to|gonna) (?:be (?:created|established|reached|agreed|signed|resumed|restarted)|resume|restart|start|begin|happen|take place)|will there (?:ever )?be ${EVENT_EN})(?!\\p{L})`,
  "u",
);

/** Whether a yes/no question (folded) asks how the story's events will turn out. */
export function asksEventForecast(folded: string, lang: Lang): boolean {
  if (folded.length > 200) return false;
  if (lang === "en") return WILL_BE_EN.test(folded) || asksForecast(folded);
  return (
    EVENT_RU.test(folded) && WILL_RU.test(folded) && !VOICE_RU.test(folded) && !NOT_FORECAST_RU.test(folded)
  );
}
