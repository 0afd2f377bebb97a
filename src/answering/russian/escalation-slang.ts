// The flare-up of violence in colloquial Russian ("почему по мнению путина там всё рвануло", "из-за чего так
// полыхнуло", "кто виноват в этой заварушке", "с чего начался такой замес"): read as the knowledge base's plain words,
// "обострилось насилие" for the verb and "насилие" for the noun, so the question asks why the violence surged in
// Putin's view (his blame of the failed US policy). Read as typed, the slang was unknown and the question refused
// (blind-ru45). A blast on a market or in a place the story never names keeps its other words, and those decide.
// "заварилась каша" stays, and so do the words of a fuss rather than a fight (кипиш, движуха, бардак, буча): "что за
// кипиш" asks for the summary (probes-ru48, russian-gate18).
import { foldedRussian } from "./plain-text.js";

/** Verbs of a flare-up, past neuter and plural as asked of "всё"/"там": read as "обострилось насилие". */
const FLARE_VERBS =
  /(?<!\p{L})(?:вс[её] )?(?:опять |снова |так |вдруг )?(?:рванул[оаи]?|рвануть|полыхнул[оаи]?|заполыхал[оаи]?|полыхает|бахнул[оаи]?|жахнул[оаи]?|грохнул[оаи]?|шарахнул[оаи]?|бабахнул[оаи]?|бомбанул[оаи]?|взорвал[оа]сь|взорвались|рвется|рвануло|понеслось|закрутилось|завертелось|разгорелось|разгорелся|загорелось)(?!\p{L})/gu;
/** Nouns of a brawl or mess, in any case: read as "насилие". */
const FLARE_NOUNS =
  /(?<!\p{L})(?:(?:эт(?:а|у|ой|от|ом|им)|так(?:ая|ую|ой|ом|им)|весь|вся|всю|всей|всем) )?(?:заварушк\p{L}*|замес\p{L}*|мясорубк\p{L}*|бойн\p{L}*|махач\p{L}*|месилов\p{L}*)(?!\p{L})/gu;
const ANY =
  /рван|полых|бахн|жахн|грохн|шарахн|бабах|бомбан|взорвал|понеслось|закрут|заверт|заварушк|разгор|загорел|замес|мясорубк|бойн|махач|месилов/u;

/** The question with a slang flare-up read as the violence's escalation, or as typed. */
export function asRussianEscalation(text: string): string {
  if (text.length > 300) return text;
  const plain = foldedRussian(text);
  if (!ANY.test(plain)) return text;
  const read = plain.replace(FLARE_VERBS, "обострилось насилие").replace(FLARE_NOUNS, "насилие");
  return read === plain ? text : read;
}
