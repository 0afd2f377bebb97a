// A clause a claim adds with ONE word of its own: "… with both warring sides and arms them", "…, которое будет
// демилитаризовано", "… мирных усилий и их срыв". One unbacked word after all that lines up is as often a word of
// the article said otherwise ("compromises that would suit both parties" for "both sides", "killed and wounded in
// Israel and Gaza") as an added deed. The added deed's word is the article's in no form: no word of the whole article
// (for a Russian claim, of its translation) shares its stem or root, and the clause lines up with nothing, names
// included ("wounded" before "Israel and Gaza" is still the passage's own list).
import { sameRussianRoot } from "./russian-words.js";
import { stemOf } from "./stems.js";

const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Stems (English) or the words themselves (Russian, compared by root) of a text, kept per text. */
const wordsKept = new Map<string, readonly string[]>();

function wordsOf(text: string, russian: boolean): readonly string[] {
  const key = `${russian ? "ru" : "en"}:${text}`;
  let words = wordsKept.get(key);
  if (words === undefined) {
    const found = [...new Set(text.toLowerCase().match(WORD) ?? [])];
    words = russian ? found : [...new Set(found.map(stemOf))];
    if (wordsKept.size < 8) wordsKept.set(key, words);
  }
  return words;
}

/** The word (as the claim has it) is in the article in no form: not its stem, not its Russian root. */
export function foreignToArticle(surface: string, article: string): boolean {
  const parts = surface.toLowerCase().match(WORD) ?? [];
  if (parts.length === 0) return false;
  return parts.every((part) => {
    const russian = CYRILLIC.test(part);
    const words = wordsOf(article, russian);
    if (russian) return !words.some((w) => w === part || sameRussianRoot(w, part));
    const stem = stemOf(part);
    return !words.includes(stem);
  });
}
