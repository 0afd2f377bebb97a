// Kind (dialog40, d104-20, d104-36): a short yes/no on the prospect of the story's events, after an answer —
// "lasting peace possible soon?", "peace anytime soon?", "any chance of a ceasefire?", "will it end soon?",
// «а конфликт скоро закончится?», «а мир скоро наступит?», «есть шанс на перемирие?». The article reports what was
// said and called for (a ceasefire, talks, "a lasting and just resolution" as the aim), never whether or when it will
// come: "doesn't say", on the last answer's evidence, with a line saying why. Read before the fragment readers, which
// took «а конфликт скоро закончится?» for a topic the article never mentions (no verdict line), and the engine,
// which answered "lasting peace" with the conclusion's card and no verdict. A voice's wish ("does putin want peace
// soon?", «путин хочет, чтобы…») is that voice's stance, not read here; nor the spread the article fears.

import { withoutEndMarks } from "../lib/fold-question.js";
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { notSaidOf } from "./on-last-evidence.js";
import type { DialogueTurn } from "./types.js";

const LEAD_EN = "(?:(?:and|so|but|ok|okay|well|then|hmm|realistically|honestly)[,.!]* +)*";
const EVENT_EN =
  "(?:a |an |the |any )?(?:(?:lasting|real|durable|just|permanent|actual|proper|long-term) )?(?:peace(?: deal| agreement| settlement| talks)?|ceasefire|cease-fire|truce|settlement|resolution|peace process|(?:palestinian|independent) state|two-state solution|end (?:to|of) (?:the |this )?(?:war|fighting|conflict|violence|bloodshed)|deal)";
const LIKELY_EN =
  "(?:possible|likely|probable|realistic|feasible|achievable|in sight|on the horizon|near|close|imminent|coming|on the way|around the corner)";
const SOON_EN =
  "(?:soon|anytime soon|any time soon|soon enough|in the near future|this year|any day now|yet)";
/** "lasting peace possible soon", "is peace in sight", "a ceasefire anytime soon", "any chance of a truce soon". */
const PROSPECT_EN = new RegExp(
  `^${LEAD_EN}(?:(?:is|are) (?:there )?|will there be |(?:is|are) there (?:any )?(?:real )?(?:chance|hope|prospect)s? (?:of|for) |(?:any )?(?:real )?(?:chance|hope|prospect)s? (?:of|for) )?${EVENT_EN}(?: (?:really|actually|even|at all))?(?: ${LIKELY_EN})?(?: ${SOON_EN})?$`,
  "u",
);
/**
 * The prospect needs a word of it: a bare "peace?" or "is there a ceasefire?" is no prospect, and a bare "a ceasefire
 * soon?" after Putin's wish asks the wish's moment (detail-fragment.ts); "soon" counts after "is/are/will" only.
 */
const LIKELY_WORD_EN = new RegExp(
  `(?<!\\p{L})(?:${LIKELY_EN}|anytime soon|any time soon|chance|chances|hope|prospects?)(?!\\p{L})`,
  "u",
);
const SOON_WORD_EN = new RegExp(`(?<!\\p{L})${SOON_EN}$`, "u");
const AUX_LEAD_EN = new RegExp(`^${LEAD_EN}(?:is|are|will)(?!\\p{L})`, "u");
const hasProspectEn = (text: string) =>
  LIKELY_WORD_EN.test(text) || (AUX_LEAD_EN.test(text) && SOON_WORD_EN.test(text));
/**
 * "will it end soon?", "is it going to be over anytime soon?". Not "is the violence calming down?": how it goes now,
 * which the article gives (escalating: No).
 */
const ENDING_EN = new RegExp(
  `^${LEAD_EN}(?:will (?:it|this|that|the (?:war|fighting|conflict|violence|bloodshed)) (?:ever |really )?(?:end|stop|be over|calm down|die down)|(?:is|are) (?:it|this|that|the (?:war|fighting|conflict|violence|bloodshed)) (?:ever |really )?(?:going to|gonna) (?:end|stop|be over|calm down|die down))(?: ${SOON_EN})?$`,
  "u",
);

const LEAD_RU = "(?:(?:а|и|но|ну|так|значит|то есть|интересно)[,.!]* +)*";
/** What ends: the war and the violence, or a pronoun for them. */
const ENDED_RU =
  "(?:войн\\p{L}*|конфликт\\p{L}*|бои|насили\\p{L}*|боевые действия|кровопролити\\p{L}*|это|вс[её]|вс[её] это)";
const ENDS_RU =
  "(?:закончится|закончатся|кончится|кончатся|прекратится|прекратятся|завершится|утихнет|стихнет|остановится|остановятся)";
const SOON_RU = "(?:скоро|вскоре|в ближайшее время|когда-нибудь|уже|вообще|наконец|же|ли)";
/** «а конфликт скоро закончится?», «война скоро кончится?», «это скоро прекратится?», «скоро всё закончится?» */
const ENDING_RU = new RegExp(
  `^${LEAD_RU}(?:(?:${SOON_RU} )*${ENDED_RU} (?:${SOON_RU} )*${ENDS_RU}|(?:${SOON_RU} )*${ENDS_RU} (?:${SOON_RU} )*${ENDED_RU})(?: ${SOON_RU})*$`,
  "u",
);
/**
 * «скоро закончится?», «закончится ли?», «когда-нибудь прекратится?» (dialog53ru, d119-38#3): the ending with no subject,
 * the last answer's events understood; a word of time or «ли» is needed — a bare «закончится?» is left alone.
 */
const ENDING_BARE_RU = new RegExp(
  `^${LEAD_RU}(?:(?:${SOON_RU} )+${ENDS_RU}|${ENDS_RU}(?: ${SOON_RU})+)(?: ${SOON_RU})*$`,
  "u",
);
/** "ending soon?", "over anytime soon?", "gonna end soon?": the same in English, a word of time needed ("over yet?"
 * asks how things stand now, not a prospect). */
const ENDING_BARE_EN = new RegExp(
  `^${LEAD_EN}(?:(?:gonna|going to|will|to) )?(?:end|ending|stop|stopping|be over|over|calm down|die down) (?:soon|anytime soon|any time soon|soon enough|in the near future|this year|any day now)$`,
  "u",
);
const EVENT_RU =
  "(?:(?:прочн\\p{L}*|настоящ\\p{L}*|долгосрочн\\p{L}*|справедлив\\p{L}*) )?(?:мир|мира|миру|перемири\\p{L}*|прекращени\\p{L}* огня|урегулировани\\p{L}*|палестинск\\p{L}* государств\\p{L}*|соглашени\\p{L}*|конец войны|конец конфликта)";
const COMES_RU =
  "(?:наступит|настанет|будет|получится|удастся|достигнут|возможен|возможно|возможна|вероятен|вероятно|реален|реально|близок|близко|появится|заключат|подпишут)";
/** «а мир скоро наступит?», «перемирие возможно?», «есть шанс на мир?», «есть ли надежда на урегулирование?» */
const PROSPECT_RU = new RegExp(
  `^${LEAD_RU}(?:(?:${SOON_RU} )*${EVENT_RU} (?:${SOON_RU} )*${COMES_RU}(?: ${SOON_RU})*|(?:${SOON_RU} )*${COMES_RU} (?:${SOON_RU} )*${EVENT_RU}(?: ${SOON_RU})*|(?:есть|есть ли|какие|какой|какая) (?:вообще )?(?:шанс\\p{L}*|надежд\\p{L}*|перспектив\\p{L}*) (?:на|для) ${EVENT_RU}(?: ${SOON_RU})*)$`,
  "u",
);

/** Whether a short message (folded, no end mark) asks whether or when the story's events will come or end. */
export function asksProspect(folded: string, ru: boolean): boolean {
  const text = withoutEndMarks(folded).trim();
  if (text.length > 90) return false;
  if (ru) return ENDING_RU.test(text) || PROSPECT_RU.test(text) || ENDING_BARE_RU.test(text);
  return ENDING_EN.test(text) || (PROSPECT_EN.test(text) && hasProspectEn(text)) || ENDING_BARE_EN.test(text);
}

/**
 * "Doesn't say" whether it will happen, on the last answer's evidence with `line` saying why, for a message `asks`
 * reads as a prospect (here, and inside someone's outlook in hoped-prospect.ts); null for any other.
 */
export function prospectNotSaidTurn(
  ask: AskedOfLast,
  asks: (folded: string, ru: boolean) => boolean,
  line: { en: string; ru: string },
): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused || !asks(folded, ru)) return null;
  const last = ask.last();
  if (!last?.answered) return null;
  const reply = notSaidOf(
    last,
    context.question,
    ru ? "будет ли это" : "whether it will happen",
    ru ? line.ru : line.en,
  );
  return { lang: ask.lang, replies: [reply], context: { ...context, verdict: "not-said" } };
}

const PROSPECT_LINE = {
  en: "It reports what is called for and aimed at, not whether or when it will happen.",
  ru: "Она сообщает, к чему призывают и чего добиваются, но не говорит, получится ли это и когда.",
};

export function prospectAskedTurn(ask: AskedOfLast, _kit: DialogueKit): DialogueTurn | null {
  return prospectNotSaidTurn(ask, asksProspect, PROSPECT_LINE);
}
