// Whom a deal must suit, asked with the question word at the end of a statement ("putin says any deal should be
// acceptable to whom", "putin wants an agreement acceptable to who?", "so a settlement has to work for whom
// exactly"): the article's answer is Putin's — Washington monopolised peace efforts "without considering
// compromises acceptable to both sides". Read as typed, "deal" (a settlement) set Putin's criticism of Washington
// against the Palestinian state and the ways to resolve the conflict, and the reply was "which of these?" (wave BV,
// blind95). Read as "who should compromises be acceptable to according to putin" only when a deal word is asked
// as acceptable to (or suiting) whom, and no other voice than Putin's is named. Bounded patterns over at most 200
// characters.

const MAX_LENGTH = 200;

/** A deal of any name: what must be acceptable. */
const DEAL =
  /\b(?:deals?|agreements?|settlements?|solutions?|compromises?|accords?|arrangements?|peace\s+(?:plan|deal|terms)|terms|plans?)\b/i;
/** Acceptable to, or suiting, whom: the question word after the preposition (or "which side(s)"). */
const TO_WHOM =
  /\b(?:(?:acceptable|agreeable|fair|satisfactory|palatable)\s+(?:to|for)|(?:work|works|suit|suits|satisfy|satisfies|please|pleases)(?:\s+for)?)\s+(?:whom|who|which\s+(?:sides?|part(?:y|ies)|countries))\b/i;
/** The question word first: "who should any deal be acceptable to, according to putin". */
const WHOM_FIRST =
  /^(?:so\s+)?(?:who|whom)\b[^?]{0,60}?\b(?:acceptable|agreeable|fair|satisfactory)\s+(?:to|for)\b/i;
/** A voice other than Putin's: the acceptability is his words only. */
const OTHER_VOICE =
  /\b(?:peskov|erdogan|erdoğan|the\s+kremlin|foreign\s+ministry|spokes(?:man|person)|the\s+article|the\s+author|the\s+us|washington|hamas|israel)\b/i;

/** The acceptability asked of a deal as Putin's "compromises acceptable to both sides", or the text as it came. */
export function asAcceptableToWhom(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  if (!DEAL.test(text) || !(TO_WHOM.test(text) || WHOM_FIRST.test(text.trim())) || OTHER_VOICE.test(text))
    return text;
  return "who should compromises be acceptable to according to putin";
}
