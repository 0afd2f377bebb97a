// "Did Putin say when the talks would resume?", "Путин сказал, когда возобновятся переговоры?": the article gives
// no date, time or timetable for anything, so whether a voice named one is "doesn't say", with what the article
// does say of the thing itself — never the Yes the thing's own entry gives (it was "Yes. Putin wants…").
import type { Answer, Lang } from "../answering/types.js";
import { withoutOwnVerdict } from "./own-verdict.js";

const WHEN_EN =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:did|has|does|had)\s+(.+?)\s+(?:ever\s+|actually\s+)?(?:say|said|mention|specify|give|announce|tell\s+\w+|indicate|set)\s+(?:exactly\s+|a\s+date\s+for\s+)?(?:when|what\s+time|what\s+date|how\s+soon|by\s+when|how\s+long)\s+(.+?)\s*\??$/u;
const WHEN_RU =
  /^(?:(?:а|и|ну)\s+)?(.+?)\s+(?:сказал\p{L}*|говорил\p{L}*|уточнил\p{L}*|назвал\p{L}*|сообщил\p{L}*)\s*,?\s+(?:когда|к\s+какому\s+сроку|как\s+скоро|в\s+какие\s+сроки|сколько\s+(?:времени|продлится))\s+(.+?)\s*\??$/u;

const LEAD: Record<Lang, string> = {
  en: "It gives no date or time for it. What it does say:",
  ru: "Даты или сроков в ней нет. Что в ней сказано:",
};

/** The thing whose time was asked ("the talks would resume"), or null when the message asks no such thing. */
export function timeAskedOf(folded: string, asked: Lang): string | null {
  const m = (asked === "ru" ? WHEN_RU : WHEN_EN).exec(folded.trim());
  return m?.[2] ? m[2] : null;
}

/** The reply's evidence: the thing's own answer after the line that no time is given. */
export function noTimeEvidence(thing: Answer, lang: Lang): Answer {
  return { ...thing, answer: `${LEAD[lang]} ${withoutOwnVerdict(thing.answer)}` };
}
