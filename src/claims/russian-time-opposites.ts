// Russian pairs about time (and a few of how sure, what is shown, who and how many) that take no side by
// themselves, for claims written in Russian: split from russian-opposites.ts (the pairs that take a side) at the
// size line. Read like RUSSIAN_OPPOSITES, by the Russian stem (russian-units.ts).
/**
 * Russian pairs about time, not stance: "нынешняя эскалация" for "последний всплеск" takes no side, so a word of
 * these is an alteration only against its opposite in the passage ("нынешних граждан" for "бывших граждан").
 */
export const RUSSIAN_TIME_OPPOSITES: [string[], string[]][] = [
  [
    ["давние", "давних", "давними", "старые", "многолетние", "давно"],
    ["недавние", "недавно", "новые", "новых", "свежие", "недавних"],
  ],
  [
    ["бывших", "бывшие", "бывшими"],
    ["нынешних", "нынешние", "действующих"],
  ],
  // How sure: "может выйти" is not "обязательно выйдет".
  [
    ["может", "могут", "возможно", "вероятно"],
    ["обязательно", "непременно", "наверняка", "неизбежно", "уже"],
  ],
  // What is shown: "подчёркивает" against "преуменьшает".
  [
    ["подчёркивает", "подчеркивает", "подчеркнул", "подчёркивая", "подчеркивая", "высвечивает", "выделяет"],
    ["преуменьшает", "преуменьшил", "принижает", "принизил", "замалчивает", "скрывает", "скрыл"],
  ],
  // Who: "военных потерь" is not "жертв среди мирного населения".
  [
    ["мирного", "мирных", "мирные", "мирными", "гражданского", "гражданских", "гражданские"],
    ["военного", "военных", "военные", "военными", "военнослужащих", "армейских", "солдат"],
  ],
  // How many: "всех сторон" is not "одной стороны".
  [
    ["обеих", "обеими", "всех", "все"],
    ["одной", "одну", "только", "исключительно"],
  ],
];
