// Russia's ties asked with an armed group the article never names ("у России связи с Хезболлой?", "в статье
// говорится, что Москва дружит с хуситами?", "отношения россии с талибами"): read as whom Russia has ties with —
// the article's answer (Hamas and Israel) settles the question, whoever is named. Read as typed, the unknown name
// refused the whole question as outside the article (quality-ru42). Only groups, not countries: "связи России с
// Ираном" asks about a country the article never names and stays refused by the gate.
import { foldedRussian } from "./plain-text.js";

/** Russia by one of its names, as the subject or owner of the ties. */
const RUSSIA = /(?<!\p{L})(?:росси[яиюей]|рф|москв[аыуе]|кремл[ьяюе]|российск\p{L}*)(?!\p{L})/u;
/** Ties, friendship or contacts, then "с" and the group. */
const TIES =
  /(?<!\p{L})(?:связ[иьяюей]\p{L}*|связан\p{L}*|отношени[яйе]\p{L}*|контакт\p{L}*|друж\p{L}*|сотруднича\p{L}*|поддерживает связь)(?: \p{L}+)? (?:с|со) (хезболл\p{L}*|хусит\p{L}*|хути\p{L}*|талиб\p{L}*|игил|исламск\p{L}* джихад\p{L}*|джихадист\p{L}*|боевик\p{L}* хезболл\p{L}*)(?!\p{L})/u;

/** The Russian question as whom Russia has ties with, or as it came. */
export function asRussianTiesWithGroup(s: string): string {
  const text = foldedRussian(s);
  if (text.split(" ").length > 14 || !RUSSIA.test(text) || !TIES.test(text)) return s;
  return "с кем у россии связи";
}

/**
 * Contact words: talking, keeping in touch, contacts, ties, friendship. Not "поддерживает" alone: "поддерживает
 * хамас" is support, which the article never states (ties are not support; "поддерживает связь с" still counts by
 * its "связь").
 */
const CONTACT =
  /(?<!\p{L})(?:общает\p{L}*|общают\p{L}*|общал\p{L}*|разговарива\p{L}*|говорит|говорят|на связи|связ[иьяюей]\p{L}*|контакт\p{L}*|контач\p{L}*|друж\p{L}*|сотруднича\p{L}*|ладит|ладят)(?!\p{L})/u;
/** The Palestinian side by name: Hamas or the Palestinians. */
const PALESTINIAN_SIDE = /(?<!\p{L})(?:хамас\p{L}*|палестинц\p{L}*|палестинск\p{L}* сторон\p{L}*)(?!\p{L})/u;
/**
 * The other side, both sides, "only" (a restriction the dialogue layer answers with both sides) or a question word
 * asking something else: not a contact with the one side.
 */
const NOT_ONE_SIDE =
  /(?<!\p{L})(?:израил\p{L}*|израильт\p{L}*|евре\p{L}*|обе\p{L}*|обоими|оба|обеих|двумя|сторонами|кто|кем|кого|почему|зачем|как|какие|какой|сколько|когда|давно|лишь|только|исключительно|террорист\p{L}*)(?!\p{L})/u;

/**
 * A contact of Russia's with the Palestinian side alone ("кремль общается с хамасом?", "у москвы есть контакты с
 * хамас?", "москва разговаривает с хамасом или нет?"): the article's long-standing ties with the Palestinians,
 * Hamas included, name it; the open line to "both warring sides" never says Hamas (quality-ru46). Both sides named,
 * or a question word, leave it as typed.
 */
export function asRussianContactWithPalestinians(s: string): string {
  const text = foldedRussian(s);
  if (text.split(" ").length > 12 || !RUSSIA.test(text) || !CONTACT.test(text)) return s;
  if (!PALESTINIAN_SIDE.test(text) || NOT_ONE_SIDE.test(text)) return s;
  return "есть ли у россии давние связи с палестинцами и хамас";
}
