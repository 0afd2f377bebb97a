// A claim typed as chat: "newst wave of violance", "gov't", "w/ both sides", "bc", "ppl", "critisizes". Each such
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
];

const ENGLISH_WORD = /^[a-z]+$/;

/** A fix that gives or takes a negation, or takes a negating prefix off: not read. */
function unsafe(from: string, word: string): boolean {
  if (NEGATORS.has(from) || NEGATORS.has(word) || FAIL_WORDS.has(word) || FAIL_WORDS.has(from)) return true;
  if (/n['’]?t$/.test(from) || /n['’]?t$/.test(word)) return true;
  return NEGATING_PREFIXES.some((p) => from.startsWith(p) && !word.startsWith(p));
}

/**
 * The claim with its chat spelling read as the engine reads a question's: each fixed word written in place of the
 * typed one (case and punctuation kept). English words only; the text as it came when nothing is fixed.
 */
export function readThroughTypos(
  text: string,
  typoFixes: (text: string) => { word: string; from?: string }[],
): string {
  let out = text;
  for (const [pattern, word] of SHORTHAND) out = out.replace(pattern, word);
  const fixes = new Map<string, string>();
  for (const { word, from } of typoFixes(out)) {
    if (from === undefined || !ENGLISH_WORD.test(from) || unsafe(from, word)) continue;
    fixes.set(from, word);
  }
  if (fixes.size === 0) return out;
  return out.replace(/[\p{L}'’]+/gu, (typed) => fixes.get(typed.toLowerCase()) ?? typed);
}
