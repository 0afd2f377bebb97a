// One slip in an ordinary English word that reads like English, so everyday-slips.ts's garbled-letters test never
// fires ("conected", "acountable", "intentons", "blaim"): the typo index proposes only the knowledge base's own
// words, and such a word stayed unknown and read as an unknown *name*, so the gate refused an on-topic question.
// Tried last, on a lower-case word of six letters or more that is neither English nor a word the reader knows:
// - a common English word the reader knows (the knowledge base's words, synonyms) one slip away: a doubled
//   letter typed once, a letter dropped inside it, two neighbours swapped, one letter mistyped (the first kept);
// - else the one common English word a doubled letter typed once away ("conected");
// - a long vowel spelled as it sounds: "ai"/"ay" for "a…e" ("blaim" -> blame), "ee" for "ea" and back, "ie"/"ei"
//   swapped ("beleive"), to a word the reader knows (five letters or more).
// Names stay names: a capitalised word never reaches here, and a name one slip from a common word is rare at six
// letters; an off-topic question with a slip ("how do I conect my laptop") still finds nothing of the story.
import { commonEnglishReach, isCommonEnglish, isCommonEnglishEdit } from "./common-english.js";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Shorter words one slip from a known word are too often other words or names ("biden" -> bidden). */
const SHORTEST = 6;
/** Sound-alike vowel spellings are rarer in names: from five letters ("blaim"). */
const SHORTEST_SOUND = 5;

/**
 * Every common English spelling one slip from `word` that keeps its first letter, by kind, each once in the order
 * the slips are tried (each tested in place before it is made: most are no word).
 */
function commonOneSlip(word: string): { inserted: string[]; other: string[] } {
  const inserted = new Set<string>();
  const other = new Set<string>();
  // An edit at i keeps the letters before it: past the start some English word shares, none is English.
  const reach = commonEnglishReach(word);
  for (let i = 1; i < word.length && i <= reach; i++) {
    for (const letter of LETTERS) {
      if (isCommonEnglishEdit(word, i, 0, letter)) inserted.add(word.slice(0, i) + letter + word.slice(i));
      if (letter !== word[i] && isCommonEnglishEdit(word, i, 1, letter))
        other.add(word.slice(0, i) + letter + word.slice(i + 1));
    }
    if (i + 1 < word.length && word[i] !== word[i + 1]) {
      const swapped = word[i + 1]! + word[i]!;
      if (isCommonEnglishEdit(word, i, 2, swapped)) other.add(word.slice(0, i) + swapped + word.slice(i + 2));
    }
  }
  // A doubled last letter ("acros" is not here: the last letter put back is "across"'s only at the end).
  const doubledLast = word + word[word.length - 1];
  if (isCommonEnglish(doubledLast)) inserted.add(doubledLast);
  return { inserted: [...inserted], other: [...other] };
}

/** Vowels spelled as they sound, each way: "blaim" -> blame, "speach" -> speech, "beleive" -> believe. */
function soundAlikes(word: string): string[] {
  const out: string[] = [];
  const m = /^(?<head>.*[^aeiou])(?:ai|ay)(?<c>[^aeiouy])(?<tail>s|d|ed|ing)?$/u.exec(word);
  if (m?.groups) {
    const { head, c, tail = "" } = m.groups;
    out.push(`${head}a${c}e${tail === "ed" ? "d" : tail === "ing" ? "" : tail}`);
    if (tail === "ing") out.push(`${head}a${c}ing`);
  }
  for (const [from, to] of [
    ["ea", "ee"],
    ["ee", "ea"],
    ["ie", "ei"],
    ["ei", "ie"],
  ] as const) {
    for (let at = word.indexOf(from, 1); at > 0; at = word.indexOf(from, at + 1))
      out.push(word.slice(0, at) + to + word.slice(at + 2));
  }
  return out;
}

/**
 * The word `word` (lower case, neither common English nor known to the reader) is a slip of, or null. `isKnown`:
 * a word the reader knows.
 */
export function plainSlip(word: string, isKnown: (w: string) => boolean): string | null {
  if (word.length < SHORTEST_SOUND || !/^[a-z]+$/.test(word)) return null;
  const heard = soundAlikes(word).find(isKnown);
  if (heard !== undefined) return heard;
  if (word.length < SHORTEST) return null;
  // Only English words are tried on the reader (a look-up in a sorted list first: the reader stems each word).
  const { inserted: common, other } = commonOneSlip(word);
  const known = common.find(isKnown) ?? other.find(isKnown);
  if (known !== undefined) return known;
  // Else a doubled letter typed once, when only one English word comes of it ("harris" is no "harries").
  const doubled = common.filter((w) => [...w].some((c, i) => c === w[i + 1] && w.replace(c + c, c) === word));
  return doubled.length === 1 ? doubled[0]! : null;
}
