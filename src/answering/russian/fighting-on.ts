// Whether Putin (or Russia) wants the fighting to go on, asked in Russian ("путин за продолжение боевых действий?",
// "путин хочет, чтобы война продолжалась?", "россия выступает за эскалацию?", "путин против перемирия?"; a side
// urged to answer by force, "путин призывает израиль к военному ответу?", wave AN): the
// opposite of what the article reports, so read as whether Putin calls for a ceasefire — the entry whose "Yes, he
// calls for an immediate ceasefire" answers it (No). Read as typed, "продолжение" and "эскалация" found the spread
// fears or the violence itself, or nothing sure.

import { leanRegExp } from "../../lib/lean-regexp.js";
import { asksAgainstOwnDemandRu } from "./own-demand.js";
import { foldedRussian } from "./plain-text.js";

const WHO =
  "(?:(?:владимир )?путин|президент\\S* (?:россии|рф)|росси[яи]|рф|кремль|москва|российск\\S* (?:президент|лидер|власти|руководство))";
const FIGHTING =
  "(?:войн\\S*|бо(?:ев|и|ях|евых действий|евые действия)|боевых действий|боевые действия|насили\\S*|кровопроли\\S*|конфликт\\S*|стрельб\\S*|огн\\S*|обстрел\\S*|столкновени\\S*)";
const FAVOURS =
  "(?:хочет|хотел|желает|поддерживает|поддержал|выступа\\S* за|выступил\\S* за|за|призыва\\S*(?: к)?|призвал\\S*(?: к)?|требова\\S*|требует|добивается|стремится к|одобряет|одобрил|не против|заинтересован\\S* в)";
const GOING_ON = `(?:(?:продолжени\\S*|продолжать|продолжить) ${FIGHTING}(?: до (?:победы|победного конца|конца))?|(?:воевать|сражаться|биться) до (?:победы|победного конца|конца)|эскалаци\\S*(?: ${FIGHTING})?|расширени\\S* ${FIGHTING}|обострени\\S*(?: ${FIGHTING})?)`;
const GO_ON_VERB =
  "(?:продолжал\\S*|продолжил\\S*|продолжит\\S*|шл[аио]|шел|идут|шли дальше|длил\\S*|не прекращал\\S*|не заканчивал\\S*)";
const AGAINST_TRUCE =
  "(?:против|не хочет|не поддерживает|отвергает|отверг|не за|выступает против|выступил против)";
const TRUCE = "(?:перемири\\S*|прекращени\\S* (?:огня|боев|боевых действий|войны|насилия)|режим\\S* тишины)";

/** A side urged to strike back: "израиль", "хамас", "стороны". */
const SIDE = "(?:израил\\S*|хамас\\S*|палестин\\S*|сторон\\S*|израильтян\\S*)";
/** Force as the answer: a military response, strikes, retaliation, an offensive. */
const FORCE =
  "(?:военн\\S* (?:ответ\\S*|операци\\S*|удар\\S*|действи\\S*|решени\\S*)|(?:ответ\\S*|ответить) (?:сил\\S*|военн\\S*|ударом|оружием)|возмезди\\S*|ответн\\S* удар\\S*|удар\\S*|мест\\S*|наступлени\\S*|применени\\S* сил\\S*)";
const STRIKE_BACK =
  "(?:ответил\\S*|ответит|ответ[иа]т|ударил\\S*|ударит|отомстил\\S*|наступал\\S*|применил\\S*)(?: (?:сил\\S*|военн\\S*|оружи\\S*|ударом|жестко|жёстко))?";

const u = (s: string) =>
  leanRegExp(`^(?:а |и |так |то есть |значит )?${s}(?: (?:ли|что ли|или нет|вообще|на самом деле))?$`, "u");
const SHAPES = [
  // путин за продолжение войны / россия выступает за эскалацию
  u(`${WHO}(?: ли)? ${FAVOURS} ${GOING_ON}`),
  u(`${FAVOURS} ли ${WHO} ${GOING_ON}`),
  // путин хочет чтобы война продолжалась / путин за то чтобы боевые действия шли дальше
  u(`${WHO}(?: ли)? (?:${FAVOURS}|за то|${FAVOURS} то) чтобы ${FIGHTING} ${GO_ON_VERB}(?: дальше)?`),
  // путин против перемирия / путин не хочет прекращения огня
  u(`${WHO}(?: ли)? ${AGAINST_TRUCE} ${TRUCE}`),
  // путин призывает израиль к военному ответу / путин хочет чтобы израиль ответил силой (wave AN)
  u(`${WHO}(?: ли)? ${FAVOURS}(?: ${SIDE})?(?: к)? ${FORCE}`),
  u(`${WHO}(?: ли)? (?:${FAVOURS}|за то|${FAVOURS} то) чтобы ${SIDE} ${STRIKE_BACK}`),
];

/**
 * Whether a Russian question asks if Putin or Russia wants the fighting to go on (or is against a truce), or a
 * speaker is against their own reported demand (own-demand.ts): either way the reported call answers it No.
 */
export function asksFightingOnRu(s: string): boolean {
  return asksFightingGoOnRu(s) || asksAgainstOwnDemandRu(s);
}

function asksFightingGoOnRu(s: string): boolean {
  const text = foldedRussian(s);
  return text.split(" ").length <= 12 && SHAPES.some((re) => re.test(text));
}

/** The Russian question as whether Putin calls for a ceasefire, or as it came. */
export function asRussianFightingOn(s: string): string {
  return asksFightingGoOnRu(s) ? "призывает ли путин к прекращению огня" : s;
}
