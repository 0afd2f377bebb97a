// A statement with a truth tag typed without its comma, apostrophe or question mark — "i heard putin wants a
// palestinian state is that true", "but russia is in that quartet thing right", "moscow is one of its members,
// isnt it" — asks the same as "…. Is that true?" / "…, right?" / "…, isn't it?": read it so, and the tag readers
// (bare-tag.ts, claim-frame.ts) settle the claim. Without the punctuation the tag was read as part of the claim
// and no verdict came (dialog30, d57-13#2, d57-17#1). Only after a statement of a few words that opens with no
// question word, so "what is right" or "who is that true friend" are left alone. Text in, text out.

const TRUTH_TAG =
  /[,.;\s]+(?:is (?:that|this|it) (?:true|right|correct|so)|(?:isnt|isn't|aint|ain't|wasnt|wasn't|doesnt|doesn't|didnt|didn't) (?:it|he|she|they|that)|right|true|correct)\s*[?!.]*\s*$/iu;
const WH_START =
  /^(?:(?:so|and|but|ok|okay)[, ]+)?(?:what|who|whom|whose|which|why|how|when|where|is|are|was|were|do|does|did|has|have|can|could|will|would)(?!\p{L})/iu;
/** A tag the message already punctuates as one: left to the readers as typed. */
const PUNCTUATED =
  /,\s*(?:right|true|correct|isn't (?:it|he|she|they|that)|is (?:that|this|it) (?:true|right|correct|so))\s*\?+\s*$|[.?!]\s*is (?:that|this|it) (?:true|right|correct|so)\s*\?+\s*$/iu;
const MIN_CLAIM_WORDS = 4;
/** "the un isnt a member tho, is it": a positive tag after a negated statement (dialog39), the tag of a negation. */
const POSITIVE_TAG = /[,.;\s]+(?:is|are|was|were|does|do|did) (?:it|he|she|they)\s*$/iu;
const NEGATED =
  /(?<!\p{L})(?:not|never|doesnt|dont|didnt|isnt|arent|wasnt|werent)(?!\p{L})|\p{L}n't(?!\p{L})/iu;

/** The message with an unpunctuated truth tag punctuated, or null when it has none. */
export function punctuatedTruthTagOf(typed: string): string | null {
  const text = typed.trim();
  if (PUNCTUATED.test(text)) return null;
  const positive = POSITIVE_TAG.exec(text);
  if (positive && NEGATED.test(text.slice(0, positive.index))) {
    const claim = text.slice(0, positive.index).trim();
    if (claim.split(/\s+/u).length < MIN_CLAIM_WORDS || WH_START.test(claim)) return null;
    return `${claim}, ${positive[0]
      .replace(/^[,.;\s]+/u, "")
      .trim()
      .toLowerCase()}?`;
  }
  const m = TRUTH_TAG.exec(text);
  if (!m) return null;
  const claim = text.slice(0, m.index).trim();
  if (claim.split(/\s+/u).length < MIN_CLAIM_WORDS || WH_START.test(claim)) return null;
  const tag = m[0]
    .replace(/^[,.;\s]+/u, "")
    .replace(/[?!.\s]+$/u, "")
    .toLowerCase();
  if (/^is (?:that|this|it) /u.test(tag)) return `${claim}. Is that true?`;
  if (/^(?:right|true|correct)$/u.test(tag)) return `${claim}, right?`;
  const [verb, pronoun] = tag.split(" ");
  const fixed = verb!.includes("'") ? verb! : verb!.replace(/nt$/u, "n't").replace(/^aint$/u, "ain't");
  return `${claim}, ${fixed} ${pronoun}?`;
}
