// What English looks like, for telling typos, spellings and names apart. An unknown word that is common English
// ("wrong", "seen"; common-english.ts) is weak evidence that a question is off-topic; an unknown name ("Biden",
// "NATO") is strong evidence.
import { isCalendarWord } from "./calendar-words.js";
import { CHAT_SHORTHAND } from "./chat-shorthand.js";
import { isCommonEnglish, isCommonEnglishSpan } from "./common-english.js";

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

/** Common English, or two common English words run together ("peacemaking", "warmonger"). */
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
