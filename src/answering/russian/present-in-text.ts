// Officials asked to be present in the text ("какие российские официальные лица есть в статье", "кто из
// представителей россии присутствует в тексте"): the roster of voices, as "упоминаются в статье" already asks.
// "есть" is glue and "присутствует" no roster word, so the people noun alone went to Russia's position. The verb of
// being there is read as "упоминаются" only beside a people noun (roster-words.ts): "что есть в статье про иран"
// stays as typed.

import { foldedRussian } from "./plain-text.js";
import { isRussianBodyWord, isRussianPeopleWord } from "./roster-words.js";

const PRESENT =
  /(?<!\p{L})(?:есть|имеются|присутству(?:ет|ют)|встречаются|попадаются|представлены|названы|появляются)\s+(?:в|во)\s+(?:этой\s+)?(?:стать[еи]|тексте|материале|заметке|новости|публикации)(?!\p{L})/u;

/**
 * "Какие стороны конфликта названы в статье?": a thing (no people noun) asked by "какие" and then said to be named
 * in the text asks for the thing itself — "названы" read alone went to the gap of the players the ministry does
 * not name (quality49). The frame is the question's last words; "какие игроки не названы" keeps its "не".
 */
const NAMED_THING =
  /^((?:а |и |так )?(?:какие|какая|какой|каких|кто) (?:\p{L}+ ){1,3}?)(?:названы|упомянуты|упоминаются|перечислены|фигурируют)(?: (?:в|во) (?:этой )?(?:статье|тексте|материале|заметке|новости|публикации))?$/u;

/** The roster's wording when officials are asked to be in the text, or the question as typed. */
export function withPresentAsMentioned(text: string): string {
  if (text.length > 140) return text;
  const plain = foldedRussian(text);
  if (plain.length > 140) return text;
  const named = NAMED_THING.exec(plain);
  // A state's bodies named ("какие ведомства россии названы") ask the roster as people do (quality27).
  const people = (w: string) => isRussianPeopleWord(w) || isRussianBodyWord(w);
  if (named && !plain.split(" ").some(people)) return named[1]!.trim();
  if (!PRESENT.test(plain)) return text;
  if (!plain.split(" ").some(isRussianPeopleWord)) return text;
  return plain.replace(PRESENT, "упоминаются в статье");
}
