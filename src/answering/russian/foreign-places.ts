// A country, capital or nationality the article never names, written in Russian in any case form ("позиция
// *Китая*", "что думает *Пекин*", "*иранская* сторона"): the question is about that place, whatever on-topic words
// stand beside it, so it counts as an unknown name for the vocabulary gate. Needed because such names are also
// common words to the Russian dictionary by their stems ("китая" is кит + ая, a whale's), so the gate let
// "какая позиция китая по конфликту израиля и хамаса" through to the conflict entry (quality-ru41). Only words
// the knowledge base does not know are asked about (Israel, Turkey, the US are known and stay on topic).
import { PLACE_NAMES } from "../place-names.js";

/** One-word Russian country names of the gazetteer, without the last vowel or soft sign a case ending replaces. */
const NAME_STEMS = PLACE_NAMES.filter((p) => p.kind === "country" && /^[А-Яа-яЁё]{4,}$/.test(p.ru)).map((p) =>
  p.ru.toLowerCase().replace(/[йяаь]$/u, ""),
);

/** Case endings a country name takes after its stem ("китая", "ираном", "франции", "сирией"). */
const NAME_ENDING = /^(?:|а|я|у|ю|е|и|ом|ем|ой|ей|ею|й)$/;

/** Capitals, nationalities and the stems a case or an adjective ending follows ("пекина", "иранская", "египта"). */
const OTHER_FORMS =
  /^(?:пекин|тегеран|париж|берлин|каир|бейрут|дамаск|багдад|лондон|киев|дели|эр-рияд|египт|китайц|китайск|иранц|иранск|француз|немц|немецк|германск|египетск|египтян|ливанск|иорданск|катарск|иракск|сирийц|сирийск|индийск|индиец|индийц|британц|британск|англичан|английск|украинц|украинск|саудовск|саудит)(?:[а-я]{0,4})$/;

/** Whether a normalised Russian word names a place of the gazetteer by itself (any case, capital, adjective). */
export function namesForeignPlace(word: string): boolean {
  if (OTHER_FORMS.test(word)) return true;
  return NAME_STEMS.some((stem) => word.startsWith(stem) && NAME_ENDING.test(word.slice(stem.length)));
}
