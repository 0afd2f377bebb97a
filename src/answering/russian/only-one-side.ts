// Whether Moscow keeps in touch with one side only ("Кремль поддерживает связь только с палестинцами?", "Россия
// общается лишь с Израилем?"): the article's answer is the contact with both warring sides. Read as typed, the one
// side named drew the entry about Russia's ties with that side ("давние связи с палестинцами") and the "only" was
// lost. A verb or noun of contact with "только/лишь/исключительно с <side>" is read as whom the Kremlin keeps in
// contact with; the ties asked for themselves ("какие связи у России с ХАМАС?") have no "только" and stay.

/** A contact word: keeping in touch, talking, communicating. */
const CONTACT =
  /(?<!\p{L})(?:связ[ьи]|контакт\p{L}*|общает\p{L}*|общают\p{L}*|общал\p{L}*|разговарива\p{L}*|говорит|говорят|перегов\p{L}*|диалог\p{L}*|сотруднича\p{L}*)(?!\p{L})/u;
/** "only with" one of the warring sides. */
const ONLY_WITH_SIDE =
  /(?<!\p{L})(?:только|лишь|исключительно|одними|одним)\s+(?:с|со)\s+(?:палестин\p{L}*|израил\p{L}*|хамас\p{L}*|одной\s+(?:из\s+)?сторон\p{L}*)/u;

/** The question as whom the Kremlin keeps in contact with, or as typed. */
export function asRussianOnlyOneSide(text: string): string {
  const lower = text.toLowerCase().replace(/ё/g, "е");
  if (text.length > 160 || !ONLY_WITH_SIDE.test(lower) || !CONTACT.test(lower)) return text;
  return "с кем кремль поддерживает связь?";
}
