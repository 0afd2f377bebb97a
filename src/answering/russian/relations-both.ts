// Russia's relations with both warring sides asked by naming them ("россия хамас израиль отношения", "какие
// отношения у россии с хамасом и израилем"): the asker wants both relationships the article gives, as English
// both-sides-relations.ts reads "russia's relationship with both sides". Read as typed, the three names and
// "отношения" drew the Kremlin's open contact with both sides, which says nothing of the ties themselves
// (quality-ru42). Read as the relationships Moscow stresses with both, which the impartial-mediator entry gives.
// Only when nothing but Russia, both sides, a word of relations and glue is asked.
import { foldedRussian } from "./plain-text.js";

const RUSSIA = /^(?:росси[яиюей]|рф|москв[аыуе]|кремл[ьяюе]|российск\p{L}*)$/u;
const PALESTINIAN = /^(?:хамас\p{L}*|палестин\p{L}*)$/u;
const ISRAEL = /^(?:израил\p{L}*|израильт\p{L}*|израэл\p{L}*)$/u;
const RELATIONS = /^(?:отношени\p{L}*|связ[иьяюей]|связями|взаимоотношени\p{L}*)$/u;
const GLUE = new Set("и с со у между какие каковы какой какие-то а ну вообще в целом и тд".split(" "));

/** The Russian question as the relationships Moscow stresses with both sides, or as it came. */
export function asRussianRelationsBoth(s: string): string {
  const words = foldedRussian(s).split(" ");
  if (words.length > 10) return s;
  const seen = new Set<string>();
  for (const w of words) {
    if (GLUE.has(w)) continue;
    if (RUSSIA.test(w)) seen.add("russia");
    else if (PALESTINIAN.test(w)) seen.add("palestinian");
    else if (ISRAEL.test(w)) seen.add("israel");
    else if (RELATIONS.test(w)) seen.add("relations");
    else return s;
  }
  return seen.size === 4 ? "зачем москва напоминает о своих отношениях с израильтянами и палестинцами" : s;
}

/** "кто прав?", "кто из нас прав по статье?": a dispute put to the article. */
const WHO_IS_RIGHT = /(?<!\p{L})кто (?:(?:же|тут|из нас|из них|в итоге) )*прав(?:а|ы)?(?!\p{L})/u;
/** A word of the side Russia takes or its ties: "на стороне", "отношения", "дружит", "поддерживает". */
const SIDE_TAKEN =
  /^(?:стороне|отношени\p{L}*|связ[иьяюей]|связями|друж\p{L}*|поддерж\p{L}*|союзник\p{L}*)$/u;

/**
 * "мы поспорили: он говорит, что Россия на стороне ХАМАС, а я — что у Москвы с Израилем нормальные отношения. Кто
 * прав?": a dispute over which side Russia is on, each side named, asks for both relationships the article gives
 * (with the Palestinians, Hamas included, and with Israel, for its former Russian citizens); read whole, the
 * dispute's words drew "is Russia neutral?", which holds only one of them (quality-ru44).
 */
export function asRussianSidesDispute(s: string): string {
  const text = foldedRussian(s);
  if (!WHO_IS_RIGHT.test(text)) return s;
  const words = text.split(" ");
  const names = (re: RegExp) => words.some((w) => re.test(w));
  return names(RUSSIA) && names(PALESTINIAN) && names(ISRAEL) && names(SIDE_TAKEN)
    ? "зачем москва напоминает о своих отношениях с израильтянами и палестинцами"
    : s;
}
