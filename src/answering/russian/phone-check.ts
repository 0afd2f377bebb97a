// Whether Putin phoned someone, asked by name in Russian ("путин звонил байдену?", "созвонился ли путин с
// макроном", "был ли у путина телефонный разговор с нетаньяху", "путин говорил с трампом по телефону?"): read as
// whom Putin spoke to by phone — the article's one call (with Erdogan) answers it, whoever is named, as English
// call-and-omission.ts does. Read as typed, a name the article does not know (Байден) refused the question as
// outside the article. Not a call's topic ("о чём", "про …"), not "призвал к" (calls for), not plain talking
// without a phone ("путин говорил с хамасом?" stays as typed).

import { leanRegExp } from "../../lib/lean-regexp.js";
import { foldedRussian } from "./plain-text.js";

const PUTIN = "(?:владимир )?путин\\S*|президент\\S* (?:россии|рф)|российск\\S* (?:президент|лидер)\\S*";
/**
 * Stems of the verbs that are a phone call by themselves (звонил, позвонил, созвонился, созванивался). Shared with
 * dialogue/call-party.ts, which reads the same checks' party: one list, so the two readers cannot drift apart.
 */
export const PHONE_VERBS = "(?:по)?звонил|созвонил|созванивал";
/** Stems of the verbs of talking (говорил, поговорил, обсуждал…): a call only with "по телефону". Shared as above. */
export const TALK_VERBS =
  "(?:по)?говорил|разговаривал|беседовал|обсуждал|обсудил|связ(?:ался|ывался)|(?:по)?общал(?:ся|ись)";
const PHONED = `(?:${PHONE_VERBS})\\S*`;
const TALKED = `(?:${TALK_VERBS})\\S*`;
const BY_PHONE = "(?:по телефону|по телефонной связи)";
/** One or two words of a name, not a question word, a topic or a preposition. */
const NAME =
  "(?!(?:кем|кому|кого|о|об|про|насчет|по|к|за|ли|и)\\b)[\\p{L}-]+(?: (?!(?:о|об|про|насчет|по|к|за|ли)\\b)[\\p{L}-]+)?";
const WITH = `(?:с|со) (${NAME})`;
/** One word of a name after "с", never "кем"/"чем" ("путин с кем говорил по телефону" asks whom). */
const WITH_ONE = "(?:с|со) ((?!(?:кем|чем)(?![\\p{L}-]))[\\p{L}-]+)";
const TAIL = "(?: (?:тоже|также|еще|вообще|хоть раз|когда-нибудь))?";
/** Particles after the name ("путин же", "путин ведь"; quality-ru43) and words of ever having done it. */
const EVER =
  "(?:(?:же|ведь|вроде|точно|реально|действительно|правда) )?(?:(?:уже|вообще|тоже|также|когда-нибудь|хоть раз) )?";

/** What the call was about, after the party ("по поводу израиля", "насчёт газы"): not a question word (quality-ru42). */
const ABOUT =
  "(?: (?:по поводу|насчет|про|о|об) (?!(?:чем|чего|что|ком|кого)(?![\\p{L}-]))[\\p{L}-]+(?: (?!(?:чем|чего|что)(?![\\p{L}-]))[\\p{L}-]+)?)?";
/**
 * What was talked over, right after the verb ("обсуждал газу по телефону", "обсуждал это с макроном"): one or two
 * words, not a question word or a preposition (quality-ru44).
 */
const TOPIC = "(?: (?!(?:кем|чем|что|кого|о|об|про|с|со|ли|по|насчет)(?![\\p{L}-]))[\\p{L}-]+){0,2}?";
/** Chat lead-ins ("слушай а", "скажи", "кстати"), then the question. */
const LEAD = "(?:(?:а|и|но|так|ну|слушай|слушайте|скажи|скажите|подскажи|кстати|интересно) )*";
/** A tag closing the question ("…, да?", "…, верно?", "…, не так ли?"; quality-ru43; «что ли», quality52). */
const TAG = "(?: (?:да|ведь|верно|правда|не так ли|так ведь|или нет|нет|что ли|или как))?";
const u = (s: string) => leanRegExp(`^${LEAD}${s}${TAG}$`, "u");
const SHAPES = [
  // путин звонил байдену / путин позвонил с байденом? / путин созвонился с байденом по телефону
  u(`(?:${PUTIN}) ${EVER}(?:${PHONED}) (?:${WITH}|(${NAME}))(?: ${BY_PHONE})?${TAIL}`),
  // путин макрону звонил по поводу израиля? (the party before the verb; the call's subject after)
  u(
    `(?:${PUTIN}) ${EVER}(?:с |со )?((?!(?:кому|кем|кого|ли|и|не|ни|уже|тоже|вообще|вчера|сегодня|сам|лично)(?![\\p{L}-]))[\\p{L}-]+) (?:${PHONED})${ABOUT}${TAIL}`,
  ),
  u(`(?:${PUTIN}) ${EVER}(?:${PHONED}) (?:${WITH}|(${NAME}))${ABOUT}${TAIL}`),
  // звонил ли путин байдену / созванивался ли путин с макроном
  u(`(?:${PHONED}) ли (?:${PUTIN}) ${EVER}(?:${WITH}|(${NAME}))(?: ${BY_PHONE})?${TAIL}`),
  // путин говорил с байденом по телефону / путин по телефону говорил с байденом
  u(
    `(?:${PUTIN}) ${EVER}(?:(?:${TALKED})${TOPIC} ${WITH} ${BY_PHONE}|${BY_PHONE} (?:${TALKED})${TOPIC} ${WITH})${TAIL}`,
  ),
  // путин же с нетаньяху говорил по телефону / путин с байденом по телефону общался (the party first; quality-ru43)
  u(
    `(?:${PUTIN}) ${EVER}${WITH_ONE} (?:(?:${TALKED})${TOPIC} ${BY_PHONE}|${BY_PHONE} (?:${TALKED})${TOPIC})${TAIL}`,
  ),
  // путин по телефону с нетаньяху разговаривал (что ли)? — the phone, then the party, then the verb (quality52)
  u(`(?:${PUTIN}) ${EVER}${BY_PHONE} ${WITH_ONE} (?:${TALKED})${TOPIC}${TAIL}`),
  // говорил ли путин с байденом по телефону
  u(`(?:${TALKED}) ли (?:${PUTIN}) ${EVER}${WITH} ${BY_PHONE}${TAIL}`),
  // был ли у путина (телефонный) разговор/звонок с байденом
  u(
    `(?:был ли |был |была ли )?у (?:${PUTIN}) (?:был |была )?(?:телефонн\\S* )?(?:разговор|звонок|созвон|беседа)(?: ${BY_PHONE})? ${WITH}${TAIL}`,
  ),
  // звонок путина был с нетаньяху? / был ли телефонный разговор путина с байденом (the call first; quality34)
  u(
    `(?:(?:телефонн\\S* )?(?:разговор|звонок|созвон|беседа) (?:${PUTIN})(?: ${BY_PHONE})? (?:был|была)(?: ли)?|(?:был|была) ли (?:телефонн\\S* )?(?:разговор|звонок|созвон|беседа) (?:${PUTIN})(?: ${BY_PHONE})?) ${WITH}${TAIL}`,
  ),
];

/** The party a Russian question checks Putin phoned ("байдену", "макроном"), or null. */
export function phonedPartyRu(s: string): string | null {
  const text = foldedRussian(s);
  if (text.split(" ").length > 10) return null;
  for (const re of SHAPES) {
    const m = re.exec(text);
    if (m) return m.slice(1).find((g) => g !== undefined) ?? null;
  }
  return null;
}

/** The Russian question as whom Putin spoke to by phone, or as it came. */
export function asRussianPhoneCheck(s: string): string {
  return phonedPartyRu(s) === null ? s : "с кем путин говорил по телефону";
}
