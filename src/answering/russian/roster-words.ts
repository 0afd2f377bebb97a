// Russian words that ask for the roster of voices ("кто из российских чиновников упоминается", "каких
// представителей России цитируют"): nouns for people in office, and verbs of being mentioned or appearing.
// Matched by the start of the word: Russian inflects.

/** Nouns for people who speak in office: чиновник, официальное лицо, представитель, спикер… ("политика" is policy). */
const PEOPLE =
  /^(?:чиновник|чинуш|официальн|лиц[аоуе]?$|лицами$|представител|политик(?:ов|и|ам|ами|ах)?$|деятел|спикер|персон|персонаж|люд(?:и|ей|ям|ьми)$|человек$|должностн|руководител|лидер|голос(?:а|ов)?$|фигур(?:а|ы|ант))/;

/** Being mentioned, quoted or appearing in the text: упоминается, фигурирует, выступает, звучит… */
const MENTION =
  /^(?:упомина|упомян|назван|упомнят|фигурир|цитир|процитир|выступа|высказ|звуч|приводят|приведен|появля|говорящ|участву|комментир|прокомментир)/;

/** A plural people noun closing a speaker's alias ("российские официальные лица", one alias of Moscow) asks for the
 * officials, every one; a singular ("турецкий лидер") is one person's alias. */
const PLURAL_END = /(?:и|ы|лица|лиц|ей|ов|ам|ами|ах)$/;

export const isRussianPeopleWord = (surface: string): boolean => {
  if (PEOPLE.test(surface)) return true;
  const last = surface.split(" ").at(-1)!;
  return surface.includes(" ") && PEOPLE.test(last) && PLURAL_END.test(last);
};
/**
 * The bodies that speak for a state, in the plural: "какие российские ведомства / органы власти / структуры
 * упоминаются" asks the roster, the Kremlin and the Foreign Ministry being two of its voices (quality27). Only beside
 * Russia named (intents.ts): "какие международные структуры упоминаются" asks for the Quartet.
 */
const BODIES =
  /^(?:ведомств|учреждени|органы$|органов$|органами$|органы\s+власти$|госорган|структуры$|структур$)/;
export const isRussianBodyWord = (surface: string): boolean => BODIES.test(surface);
export const isRussianMentionWord = (surface: string): boolean => MENTION.test(surface);
