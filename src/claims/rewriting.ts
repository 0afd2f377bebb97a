// The chain of regexp rewrites joinPhrasalVerbs (phrasal.ts) runs on a claim: a pattern that cannot match is skipped.

/**
 * A text rewritten by a chain of patterns, each skipped when it cannot match: a pattern opening with a list of
 * whole words ("\b(play|plays|…)\s+…") needs one of them among the text's words. About 40 patterns a claim, most
 * finding nothing: a word-set look-up is cheaper than the scan, and what a skipped `replace` would return is the
 * text unchanged, so the result is the same. Patterns of another shape always run.
 */
export class Rewriting {
  #words: Set<string> | null = null;
  constructor(readonly text: string) {}
  replace(pattern: RegExp, replacement: string | Replacer): Rewriting {
    const needed = openingWordsOf(pattern);
    if (needed !== null && !FOLDS_TO_ASCII.test(this.text)) {
      this.#words ??= new Set(this.text.toLowerCase().split(NOT_ASCII_WORD));
      if (!needed.some((w) => this.#words!.has(w))) return this;
    }
    const out = this.text.replace(pattern, replacement as Replacer);
    return out === this.text ? this : new Rewriting(out);
  }
}

/** A `replace` callback: the match and its groups (then the offset and the text, as String.prototype.replace calls it). */
type Replacer = (substring: string, ...rest: string[]) => string;

/** Under /iu, "ſ" matches "s" and the Kelvin sign "k": a text with either is not looked up by words. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;
/** What a pattern's \b and \w call a word (ASCII, the text then having no ſ or Kelvin sign). */
const NOT_ASCII_WORD = /[^a-z0-9_]+/;
const openingWords = new WeakMap<RegExp, string[] | null>();

/**
 * "\b(try|tries|…)\s+to": the whole words a pattern's match opens with, in lower case; null for another shape. An
 * empty lookahead after the list (lean-regexp.ts's barrier, "\b(try|…)(?=)\s+to") asserts nothing: the same shape.
 */
function openingWordsOf(pattern: RegExp): string[] | null {
  let words = openingWords.get(pattern);
  if (words === undefined) {
    const opening = /^\\b\((?:\?:)?([a-z]+(?:\|[a-z]+)*)\)(?:\(\?=\))?(?:\\s|\\b)/.exec(pattern.source);
    words = opening && !pattern.sticky ? opening[1]!.split("|") : null;
    openingWords.set(pattern, words);
  }
  return words;
}
