// "Учли ли США интересы обеих сторон?", "Вашингтон учитывал интересы и Израиля, и палестинцев?": the interests of
// BOTH sides, asked of the US, are the article's "compromises acceptable to both sides" that Washington did not
// consider while monopolising the peace efforts. The ranker weighed "интересы" most and went to the entry on the
// Palestinians' interests alone. Read with the compromise acceptable to both sides named; the Palestinians' own
// interests ("учли ли США интересы палестинцев") and the conclusion's "всех сторон" stay as typed.
// (quality29) Solutions or deals "которые устроили бы обе стороны", "приемлемые для обеих", "взаимоприемлемые"
// asked of the US are that compromise too: read as typed, they were a settlement and the question was refused.

import { foldedRussian } from "./plain-text.js";

const US = /(?<!\p{L})(?:сша|америк\p{L}*|штат\p{L}*|вашингтон\p{L}*|американ\p{L}*)(?!\p{L})/u;
const BOTH_INTERESTS =
  /(?<!\p{L})интерес(?:ы|ов|ам|ами|ах)?\s+(?:(?:обеих|обоих|обе)\s+сторон|и\s+израил\p{L}*\s+и\s+палестин\p{L}*|и\s+палестин\p{L}*\s+и\s+израил\p{L}*)(?!\p{L})/u;

/** What both sides could accept: "решения, которые устроили бы обе стороны", "взаимоприемлемые договорённости". */
const BOTH_ACCEPT =
  /(?<!\p{L})(?:(?:решени\p{L}*|договор\p{L}*|вариант\p{L}*|услови\p{L}*|развязк\p{L}*|сделк\p{L}*|соглашени\p{L}*),?\s+)?(?:(?:которые|которое|которая|который|что)\s+)?(?:бы\s+)?(?:устроил\p{L}*|устраива\p{L}*|подошл\p{L}*|подходил\p{L}*|приемлем\p{L}*|удовлетвори\p{L}*)\s+(?:бы\s+)?(?:для\s+)?(?:обе\p{L}*|оба\p{L}*)\s+(?:сторон\p{L}*)?|(?<!\p{L})взаимоприемлем\p{L}*(?:\s+(?:решени|договор|вариант|услови|компромисс|соглашени|сделк)\p{L}*)?/u;

/** Longer text is a ramble, read by its own question elsewhere. */
const MAX_LENGTH = 140;

/** The question with "компромиссы, приемлемые для обеих сторон" for both sides' interests, or as typed. */
export function withBothSidesCompromise(text: string): string {
  const plain = foldedRussian(text);
  if (plain.length > MAX_LENGTH || !US.test(plain)) return text;
  if (BOTH_INTERESTS.test(plain))
    return plain.replace(BOTH_INTERESTS, "компромиссы приемлемые для обеих сторон");
  if (BOTH_ACCEPT.test(plain)) return plain.replace(BOTH_ACCEPT, "компромиссы приемлемые для обеих сторон ");
  return text;
}
