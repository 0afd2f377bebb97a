// A claim typed as chat: "newst wave of violance", "gov't", "w/ both sides", "bc", "u.s", "ppl", "critisizes". Each such
// word lined up with nothing, so a fair paraphrase read as altered ("violance" an added word). The claim is read
// through the engine's own typo correction (Lexicon.typoFixes: the knowledge base's words, chat shorthand, one or
// two edits), with two guards so that a fix never makes a false claim true: no fix gives or takes a negation
// ("nit" is no "not"), and none takes a negating prefix off ("unaceptable" is no "acceptable").
import { FAIL_WORDS, NEGATING_PREFIXES, NEGATORS } from "./polarity.js";

/** Apostrophe and slash shorthand the word splitter would cut in two ("gov't" -> "gov", "t"). */
const SHORTHAND: [RegExp, string][] = [
  [/\bgov['’]t\b/giu, "government"],
  [/\bw\/(?=\s)/giu, "with"],
  [/\bb\/c\b/giu, "because"],
  // (claims-r2-34) "failed bc it ignored …": the lexicon reads "bc" as "because", but the cause readings read the
  // typed text for the link and never saw one (a cause of the claim's own read as news, not altered). Lower case only.
  [/\b(?:bc|bcuz|becuz|cuz|coz)\b(?=\s{1,3}\p{L})/gu, "because"],
  // "incl hamas": chat shorthand for "including", which the corrector's one or two edits never reach.
  [/\bincl\.?(?=\s)/giu, "including"],
  // "the u.s" with its last dot left off: the splitter kept "u" alone, a word of the claim's own.
  [/\bu\.s(?![.\p{L}])/giu, "US"],
  // "americas middle east policy": a possessive typed without its apostrophe, read as the plural continent ("the
  // Americas") and lined up with nothing. Only before a word of what a country owns or does.
  [
    /\bamericas(?=\s{1,3}(?:middle|policy|policies|government|failure|failed|role|own|peace|approach|mideast)\b)/giu,
    "America's",
  ],
];

/**
 * (claims33) "blamed the us for …": after "the" the pronoun "us" never stands, so it is the country typed in lower
 * case (read as the pronoun, the blame seemed to fall on the Palestinians of the relative clause). The claim's
 * reading only: the dialogue's respelling (verdict-respell.ts) keeps what was typed.
 */
const THE_US = /(?<=\bthe\s{1,3})us(?![\p{L}'’.])/gu;

export function readCountryUs(text: string): string {
  return text.replace(THE_US, "US");
}

const ENGLISH_WORD = /^[a-z]+$/;
/**
 * A "not" contracted, with its apostrophe or typed without one ("dont", "isnt"): never fixed to or from. Not any
 * word ending in "nt": "setlement" is "settlement", a typo like any other.
 */
const NOT_CONTRACTED =
  /(?:n['’]t|^(?:do|does|did|ca|wo|is|are|was|were|has|have|had|could|would|should|must|need|might|ai|sha)nt)$/;

/** A fix that gives or takes a negation, or takes a negating prefix off: not read. */
function unsafe(from: string, word: string): boolean {
  if (NEGATORS.has(from) || NEGATORS.has(word) || FAIL_WORDS.has(word) || FAIL_WORDS.has(from)) return true;
  if (NOT_CONTRACTED.test(from) || NOT_CONTRACTED.test(word)) return true;
  return NEGATING_PREFIXES.some((p) => from.startsWith(p) && !word.startsWith(p));
}

/**
 * The claim with its chat spelling read as the engine reads a question's: each fixed word written in place of the
 * typed one (case and punctuation kept). English words only; the text as it came when nothing is fixed.
 * `familiar`: a word no corrector would change (the article's own, a common English word); a claim of such words
 * only is not read through the corrector at all (most claims: it cost the checker a tenth of its time).
 */
export function readThroughTypos(
  text: string,
  typoFixes: (text: string) => { word: string; from?: string }[],
  familiar: (word: string) => boolean = () => false,
): string {
  let out = text;
  for (const [pattern, word] of SHORTHAND) out = out.replace(pattern, word);
  if (allFamiliar(out, familiar)) return out;
  const fixes = new Map<string, string>();
  for (const { word, from } of typoFixes(out)) {
    if (from === undefined || !ENGLISH_WORD.test(from) || unsafe(from, word)) continue;
    fixes.set(from, word);
  }
  if (fixes.size === 0) return out;
  return out.replace(/[\p{L}'’]+/gu, (typed) => fixes.get(typed.toLowerCase()) ?? typed);
}

/** Every word of the text is familiar (a possessive read as its noun: "Russia's" → "russia"). */
function allFamiliar(text: string, familiar: (word: string) => boolean): boolean {
  for (const m of text.matchAll(/[\p{L}'’]+/gu)) {
    const word = m[0]
      .toLowerCase()
      .replace(/['’]s?$/u, "")
      .replace(/^['’]/u, "");
    if (word !== "" && !familiar(word)) return false;
  }
  return true;
}
