// Chat spelling of everyday words, several at once ("wat does putin thnk abt teh us", "who did he tlk 2"): words
// written without their vowels, with two letters swapped, one vowel for another, or as a digit. The typo index proposes only the knowledge
// base's words, so "thnk", "teh" and "2" stayed unknown names and the whole question was refused. Tried last, on a
// word nothing else knows, and only against the everyday words below (never the article's topic words).

/** Everyday words of questions, commonest first: a skeleton two of them share goes to the earlier one. */
const EVERYDAY_WORDS = `the to and of what that this with about for does did do is are was were have has had
  think thinks want wants wanted say says said tell told talk talked talks speak spoke call called know
  people between their there they them his her who why how when where which should would could because
  really just much many some something thing things country countries government side sides happen`
  .split(/\s+/)
  .filter(Boolean);
/** The same words for look-ups (each swap and doubling of an unknown word is looked for: a scan was ~25 µs a word). */
const EVERYDAY_SET: ReadonlySet<string> = new Set(EVERYDAY_WORDS);

/** A Map, not an object: a property look-up would read Object.prototype ("constructor") and internalise the word. */
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ["2", "to"],
  ["4", "for"],
  ["b4", "before"],
  ["2day", "today"],
]);

const skeleton = (word: string) => word.replace(/[aeiouy]/g, "");
/** A vowel, and a word this reads at all (made once: a literal in a function is a new object at each call). */
const VOWEL = /[aeiouy]/;
const SHORT_WORD = /^[a-z]{2,6}$/;
/** The same vowels, for one character at a time (a regexp run per letter cost more than the rest). */
const VOWELS = "aeiouy";

/** Vowel-less skeleton -> the commonest everyday word with it ("thnk" -> "think", "wnt" -> "want"). */
let bySkeleton: Map<string, string> | null = null;

function skeletons(): Map<string, string> {
  if (bySkeleton) return bySkeleton;
  bySkeleton = new Map();
  for (const w of EVERYDAY_WORDS) {
    const s = skeleton(w);
    if (s.length >= 2 && s !== w && !bySkeleton.has(s)) bySkeleton.set(s, w);
  }
  return bySkeleton;
}

/**
 * The last words read and what they stand for: the same unknown words come in message after message ("russia",
 * "hamas", "turkey": no everyday word, read again by each rewrite of each question). Bounded: emptied when full.
 */
const recent = new Map<string, string | null>();
const MAX_RECENT = 512;

/** The everyday word a chat spelling stands for, or null. */
export function chatSpelling(word: string): string | null {
  const digit = DIGIT_WORDS.get(word);
  if (digit) return digit;
  if (!SHORT_WORD.test(word)) return null;
  if (!VOWEL.test(word)) return skeletons().get(word) ?? null;
  let found = recent.get(word);
  if (found === undefined) {
    found = slipped(word);
    if (recent.size >= MAX_RECENT) recent.clear();
    recent.set(word, found);
  }
  return found;
}

/** The everyday word a short word with a vowel is one slip from: two letters swapped, a doubling, a vowel. */
function slipped(word: string): string | null {
  // Two neighbouring letters swapped ("teh", "adn"): the swap must give an everyday word.
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word && EVERYDAY_SET.has(swapped)) return swapped;
  }
  // One doubled letter written once ("hapen"): the everyday word it gives.
  for (let i = 0; i < word.length; i++) {
    const doubled = word.slice(0, i + 1) + word.slice(i);
    if (EVERYDAY_SET.has(doubled)) return doubled;
  }
  // One vowel written as another ("sey", "wint"): the first everyday word it gives.
  return EVERYDAY_WORDS.find((w) => w.length === word.length && oneVowelApart(w, word)) ?? null;
}

function oneVowelApart(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!VOWELS.includes(a[i]!) || !VOWELS.includes(b[i]!) || ++differences > 1) return false;
  }
  return differences === 1;
}
