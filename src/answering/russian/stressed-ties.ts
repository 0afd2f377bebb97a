// "Зачем России подчёркивать, что она дружит и с теми и с другими", "с какой целью Москва напоминает о связях с
// обеими сторонами": the purpose of stressing its ties. The article gives it in one sentence: Moscow highlights its
// relationships with both sides to present itself as an impartial mediator. Read as the mediator entry's own
// question; the ranker saw only the ties ("дружит", "связи", "обеими сторонами") and went to the Kremlin's contacts
// or to no entry at all. A purpose word and a verb of stressing are both needed: "Россия дружит с обеими
// сторонами?" and "почему Россия дружит с ХАМАС" ask about the ties themselves and stay as typed.

import { foldedRussian } from "./plain-text.js";

const PURPOSE = /(?<!\p{L})(?:зачем|для\s+чего|с\s+какой\s+целью|ради\s+чего|почему|к\s+чему)(?!\p{L})/u;
const STRESSING =
  /(?<!\p{L})(?:подч[её]рк\p{L}*|показыва\p{L}*|показать|напомина\p{L}*|напомнить|тверд\p{L}*|афишир\p{L}*|выставля\p{L}*|демонстрир\p{L}*|акцентир\p{L}*|хвал\p{L}*ся|хваста\p{L}*|выпячива\p{L}*)(?!\p{L})/u;
const TIES =
  /(?<!\p{L})(?:друж\p{L}*|связ(?:и|ей|ями|ях|ь)|отношени\p{L}*|контакт\p{L}*|близост\p{L}*|общ\p{L}*\s+(?:язык|почв)\p{L}*)(?!\p{L})/u;

/** Longer text is a ramble, read by its own question elsewhere. */
const MAX_LENGTH = 140;

/** The mediator entry's question for the purpose of stressing ties, or the question as typed. */
export function asRussianStressedTies(text: string): string {
  const plain = foldedRussian(text);
  if (plain.length > MAX_LENGTH) return text;
  return PURPOSE.test(plain) && STRESSING.test(plain) && TIES.test(plain)
    ? "как москва себя представляет"
    : text;
}
