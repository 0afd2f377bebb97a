// A story's name typed one letter short ("путн" for путин, "к чему призывает путн"), where what is left is a bare
// stem the dictionary knows through a rarer word (путный): the gate rightly calls it a word, so the typo fixer left
// it alone and the question lost its speaker. Only a word with no ending (its whole self its stem, as a short form
// of a name never is) and only a name the knowledge base writes with a capital: a form with an ending ("пути") is
// a word, and it stays one.

const LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
/** Longer than any name of the story: a long string is not tried letter by letter at every place. */
const LONGEST = 20;

/**
 * The one name `word` is with a letter put back, or null (none, two different ones, or a word with an ending).
 * With `names` (the set `isName` looks in), the names one letter longer are compared with `word` in place: no
 * candidate string per letter and place (32 × (length + 1) of them per unknown bare stem, perf-r2-35).
 */
export function nameOneLetterShort(
  word: string,
  stem: string,
  isName: (w: string) => boolean,
  names?: ReadonlySet<string>,
): string | null {
  if (word.length < 4 || word.length > LONGEST || word !== stem || !/^[а-я]+$/.test(word)) return null;
  if (names) return oneLongerName(word, names);
  const found = new Set<string>();
  for (let at = 0; at <= word.length; at++)
    for (const letter of LETTERS) {
      const candidate = `${word.slice(0, at)}${letter}${word.slice(at)}`;
      if (isName(candidate)) found.add(candidate);
    }
  return found.size === 1 ? [...found][0]! : null;
}

/** Per names set, its names by length; made again when the set has grown (names are only ever added). */
const byLength = new WeakMap<ReadonlySet<string>, { size: number; lengths: Map<number, string[]> }>();

function namesOfLength(names: ReadonlySet<string>, length: number): readonly string[] {
  let index = byLength.get(names);
  if (!index || index.size !== names.size) {
    const lengths = new Map<number, string[]>();
    for (const n of names) {
      const same = lengths.get(n.length);
      if (same) same.push(n);
      else lengths.set(n.length, [n]);
    }
    index = { size: names.size, lengths };
    byLength.set(names, index);
  }
  return index.lengths.get(length) ?? [];
}

/** The one name that is `word` with one letter of а–я put in somewhere, or null (none or two). */
function oneLongerName(word: string, names: ReadonlySet<string>): string | null {
  let found: string | null = null;
  for (const name of namesOfLength(names, word.length + 1)) {
    if (name === found || !withOneLetterMore(word, name)) continue;
    if (found !== null) return null;
    found = name;
  }
  return found;
}

/** Whether `name` (one longer) is `word` with one letter of а–я put in at some place. */
function withOneLetterMore(word: string, name: string): boolean {
  let at = 0;
  while (at < word.length && word.charCodeAt(at) === name.charCodeAt(at)) at++;
  const put = name.charCodeAt(at);
  if (put < 0x430 || put > 0x44f) return false;
  for (let i = at; i < word.length; i++) if (word.charCodeAt(i) !== name.charCodeAt(i + 1)) return false;
  return true;
}
