// A ceasefire asked with the warring sides named («путин хочет перемирия между израилем и хамасом?», «прекращения
// огня между сторонами»): the ceasefire Putin calls for is between them, so the sides add nothing. Read as typed,
// Israel and Hamas outweighed the ceasefire and the answer was what Hamas itself says (nothing) or a refusal
// (blind-ru61, wave AR). Only the sides of the fighting after «между» next to a word of ceasefire go; a ceasefire
// agreed by the sides («договорились ли израиль и хамас о перемирии») is not this and stays. Word lists only.

const TRUCE = /^перемири/;
const STOPPING = /^(?:прекращ|прекрат|останов)/;
const FIRE = /^(?:огн|огон)/;
const SIDE =
  /^(?:израил|израильтян|хамас|палестин|газ[аеуы]?$|газой|сторон|обеим|обеих|ними|воюющ|враждующ|конфликтующ|двумя)/;
const JOIN = new Set(["и", "с", "со", "а"]);

/** The words with «между» and the sides after a word of ceasefire dropped. */
export function withoutTruceSides(words: string[]): string[] {
  let truce = -1;
  for (let i = 0; i < words.length && truce < 0; i++)
    if (TRUCE.test(words[i]!)) truce = i;
    else if (STOPPING.test(words[i]!) && FIRE.test(words[i + 1] ?? "")) truce = i + 1;
  if (truce < 0) return words;
  const between = words.indexOf("между", truce + 1);
  if (between < 0 || between > truce + 2) return words;
  let end = between + 1;
  while (end < words.length && (SIDE.test(words[end]!) || (JOIN.has(words[end]!) && end > between + 1)))
    end++;
  while (end > between + 1 && JOIN.has(words[end - 1]!)) end--;
  if (end === between + 1) return words;
  return [...words.slice(0, between), ...words.slice(end)];
}
