// A story's name typed one letter short ("путн" for путин, "к чему призывает путн"), where what is left is a bare
// stem the dictionary knows through a rarer word (путный): the gate rightly calls it a word, so the typo fixer left
// it alone and the question lost its speaker. Only a word with no ending (its whole self its stem, as a short form
// of a name never is) and only a name the knowledge base writes with a capital: a form with an ending ("пути") is
// a word, and it stays one.

const LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
/** Longer than any name of the story: a long string is not tried letter by letter at every place. */
const LONGEST = 20;

/** The one name `word` is with a letter put back, or null (none, two different ones, or a word with an ending). */
export function nameOneLetterShort(
  word: string,
  stem: string,
  isName: (w: string) => boolean,
): string | null {
  if (word.length < 4 || word.length > LONGEST || word !== stem || !/^[а-я]+$/.test(word)) return null;
  const found = new Set<string>();
  for (let at = 0; at <= word.length; at++)
    for (const letter of LETTERS) {
      const candidate = `${word.slice(0, at)}${letter}${word.slice(at)}`;
      if (isName(candidate)) found.add(candidate);
    }
  return found.size === 1 ? [...found][0]! : null;
}
