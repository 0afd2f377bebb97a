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
