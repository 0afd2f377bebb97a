// What Russia's claim to be a mediator rests on ("На чём Россия основывает свою претензию быть посредником?", "Чем
// Москва обосновывает роль посредника?", "Почему Кремль считает, что может быть посредником?"): the article's answer is
// how Moscow presents itself as an impartial mediator — by highlighting its relationships with both sides. Read as
// typed, "основывает" was no word of the knowledge base and "претензию" read as criticism, and the question was left
// unsure between the mediator, the controversy and Putin's criticism (wave BX, quality47ru). Russia by one of its
// names, a word of grounds and a word of mediation must all stand; Putin's or another party's claim is not read here.

import { foldedRussian } from "./plain-text.js";

const RUSSIA = /(?<!\p{L})(?:росси\p{L}*|москв\p{L}*|кремл\p{L}*|рф)(?!\p{L})/u;
/** Resting on, grounding, justifying — and "why does it think it can". */
const GROUNDS =
  /(?<!\p{L})(?:(?:об)?основыва\p{L}*|основан\p{L}*|обоснов\p{L}*|опира\p{L}*|подкрепля\p{L}*|аргументир\p{L}*|оправдыва\p{L}*|(?:почему|с\s+чего)\s+(?:\p{L}+\s+){0,2}(?:счита|дума|полага)\p{L}*(?:,)?\s+что\s+(?:\p{L}+\s+)?(?:может|могла|сможет|способн\p{L}*|годится))(?!\p{L})/u;
const MEDIATOR = /(?<!\p{L})(?:посредни\p{L}*|беспристраст\p{L}*|нейтрал\p{L}*|миротвор\p{L}*)(?!\p{L})/u;
const OTHER_PARTY =
  /(?<!\p{L})(?:путин\p{L}*|сша|америк\p{L}*|вашингтон\p{L}*|турц\p{L}*|эрдоган\p{L}*|оон)(?!\p{L})/u;

/** The mediator entry's question when what Russia's claim to mediate rests on is asked, or the question as typed. */
export function asRussianMediatorGrounds(text: string): string {
  const plain = foldedRussian(text);
  if (plain.length > 160) return text;
  if (OTHER_PARTY.test(plain)) return text;
  return RUSSIA.test(plain) && GROUNDS.test(plain) && MEDIATOR.test(plain)
    ? "как москва себя представляет"
    : text;
}
