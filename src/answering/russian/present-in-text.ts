// Officials asked to be present in the text ("какие российские официальные лица есть в статье", "кто из
// представителей россии присутствует в тексте"): the roster of voices, as "упоминаются в статье" already asks.
// "есть" is glue and "присутствует" no roster word, so the people noun alone went to Russia's position. The verb of
// being there is read as "упоминаются" only beside a people noun (roster-words.ts): "что есть в статье про иран"
// stays as typed.

import { foldedRussian } from "./plain-text.js";
import { isRussianPeopleWord } from "./roster-words.js";

const PRESENT =
  /(?<!\p{L})(?:есть|имеются|присутству(?:ет|ют)|встречаются|попадаются|представлены|названы|появляются)\s+(?:в|во)\s+(?:этой\s+)?(?:стать[еи]|тексте|материале|заметке|новости|публикации)(?!\p{L})/u;

/** The roster's wording when officials are asked to be in the text, or the question as typed. */
export function withPresentAsMentioned(text: string): string {
  if (text.length > 140) return text;
  const plain = foldedRussian(text);
  if (plain.length > 140 || !PRESENT.test(plain)) return text;
  if (!plain.split(" ").some(isRussianPeopleWord)) return text;
  return plain.replace(PRESENT, "упоминаются в статье");
}
