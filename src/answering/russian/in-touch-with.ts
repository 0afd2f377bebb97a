// Someone "на связи с Путиным", "выходил на связь", "связывался с" asked by who or which country ("лидер какой
// страны был на связи с путиным", "с кем связывался путин"), or checked of Erdogan ("эрдоган был на связи с
// путиным?"): a contact between Putin and one person is the one the article reports, his phone call, so the question
// is read as whom Putin spoke to by phone (or whether he spoke to Erdogan). Read as typed, "на связи" is the
// Kremlin's open communication with both sides and the leader asked of met who Erdogan is, and the question was
// refused as ambiguous (blind-ru54). Never with the warring sides named: "на связи с обеими сторонами" stays the
// Kremlin's contacts.
import { foldedRussian } from "./plain-text.js";

/** Being in touch: "на связи", "на связь", "связывался/связался", "контактировал", "общался". */
const IN_TOUCH =
  /(?<!\p{L})(?:на связи|на связь|связыва\p{L}*|связал\p{L}*|контактирова\p{L}*|общал\p{L}*)(?!\p{L})/u;
const PUTIN =
  /(?<!\p{L})(?:путин\p{L}*|российск\p{L}* (?:президент|лидер)\p{L}*|(?:президент|лидер)\p{L}* росси\p{L}*)(?!\p{L})/u;
const ERDOGAN =
  /(?<!\p{L})(?:эрдоган\p{L}*|турецк\p{L}* (?:президент|лидер)\p{L}*|(?:президент|лидер)\p{L}* турции)(?!\p{L})/u;
/** The sides or groups of the Kremlin's contacts: not one person's call. */
const SIDES =
  /(?<!\p{L})(?:обе\p{L}*|оба|сторон\p{L}*|израил\p{L}*|палестин\p{L}*|хамас\p{L}*|кремл\p{L}*|москв\p{L}*|мид|росси[яию])(?!\p{L})/u;
/** Asks who: a person, a leader, a country. */
const ASKS_WHO = /(?<!\p{L})(?:кто|кем|кого|чей|чья|чьи|какой|какая|каких|какого|каком|какими?)(?!\p{L})/u;
const MAX_WORDS = 14;

/** The question as whom Putin spoke to by phone, or whether he spoke to Erdogan, or as typed. */
export function asRussianInTouchWith(text: string): string {
  const plain = foldedRussian(text);
  if (plain.split(" ").length > MAX_WORDS || !IN_TOUCH.test(plain) || !PUTIN.test(plain)) return text;
  if (SIDES.test(plain.replace(PUTIN, " "))) return text;
  if (ASKS_WHO.test(plain)) return "с кем путин говорил по телефону";
  return ERDOGAN.test(plain) ? "путин говорил по телефону с эрдоганом?" : text;
}
