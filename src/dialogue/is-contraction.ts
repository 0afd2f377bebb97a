// "what country's he from?", "which party's she with?": a noun's "'s" before a subject pronoun is "is", never a
// possessive (no one writes "country's he"), and the possessive reading sent "he" and "country" apart — the
// pronoun was read as Putin's own role card (dialog41, d106-14). Text in, text out; anything else as typed.

const CONTRACTED = /^((?:what|which) \p{L}+)['’]s (he|she|it|they|that|this)(?!\p{L})/iu;

/** The message with "what X's he …" as "what X is he …"; the message itself otherwise. */
export function withIsUncontracted(text: string): string {
  return text.replace(CONTRACTED, "$1 is $2");
}
