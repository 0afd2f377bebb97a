// A long English message that names a thing of the story in the asker's own tale and asks about it by "it" at the
// end ("…a diplomat kept mentioning 'the Quartet' and I nodded along. The article brings it up too, so who is in
// it?"). Read alone, the final question (final-question.ts) asks about nothing ("who is in it?") and the message
// fell to the summary or a neighbouring entry. The thing the tale names — a quoted term, or what it is "about" or
// "mentioning" — stands for the "it": one such thing only, and one the knowledge base knows (message-reading.ts).
// Named things count however the tale introduces them: "something called X", "a group known as X", "the so-called
// X", "referred to X", or a capitalised "the X" anywhere in the tale (a proper name of the story: "the Quartet").

/**
 * A term quoted in the tale ('the Quartet', "the Quartet"; not the apostrophes of "it's … there's"), or the object of
 * talk about it.
 */
const REFERENT =
  /(?<!\p{L})['"‘“]([^'"’”]{2,40})['"’”](?!\p{L})|\b(?:about|mention(?:s|ed|ing)?|heard\s+of|brought\s+up|bringing\s+up|the\s+(?:term|word|name)|called|named|dubbed|known\s+as|referred\s+to(?:\s+as)?|talk(?:s|ed|ing)?\s+of)(?:\s+(?:something|some\s+\p{L}+|an?\s+\p{L}+|this\s+\p{L}+)\s+(?:called|named|dubbed|known\s+as))?\s+((?:the\s+)?(?:so-called\s+)?(?:middle\s+east\s+(?=quartet))?[\p{L}][\p{L}-]*(?:\s+(?!(?:and|but|or|so|because|when|which|that|who|too|as|at|in|on|of|to|for|with|the|a|an|is|was|i|we|he|she|they|it)(?!\p{L}))[\p{Lu}][\p{L}-]*)?)/giu;

/** A capitalised "the X" anywhere in the tale: read only where no thing is introduced by the words above. */
const PROPER = /\b[Tt]he\s+(?:so-called\s+)?(?:Middle\s+East\s+(?=Quartet))?(\p{Lu}[\p{L}-]+)/gu;

/** A final question filled by the referent may be this short ("Who's in it?"): the referent says what it asks. */
export const REFERRED_QUESTION_WORDS = 3;

/** Words around the name that are not the name ("the so-called Quartet", "the Middle East Quartet" → "the Quartet"). */
const NOT_NAME = /\bso-called\s+|\bmiddle\s+east\s+(?=quartet\b)/giu;

/**
 * "it" that is a thing asked about; not the article ("what does it say", "it says", "does it mention"), nor a
 * statement or its sayer ("who said it", "which official was it").
 */
const THING_IT = /\b(?:it|its)\b/i;
const ARTICLE_IT =
  /\b(?:does|did|do|will|would|can)\s+it\s+(?:say|mention|tell|report|write|claim|state|explain|describe|name)\b|\bit\s+(?:says|said|mentions|reports|writes|claims|states)\b|\b(?:say|says|said|claimed|promised|announced)\s+it\b|\b(?:who|which\s+\p{L}+)\s+(?:was|is)\s+it\b/iu;

/**
 * The final question with its "it" read as the one story thing the tale before it names, or null where it has no
 * such "it" or the tale names none or several. `isStoryThing`: whether words name a thing the knowledge base knows.
 */
export function withStoryReferent(
  message: string,
  final: string,
  isStoryThing: (words: string) => string | null,
): string | null {
  if (!THING_IT.test(final) || ARTICLE_IT.test(final)) return null;
  const tale = message.slice(0, Math.max(0, message.lastIndexOf(final)));
  const found = thingsNamed(tale, REFERENT, isStoryThing);
  if (found.size === 0) for (const [k, v] of thingsNamed(tale, PROPER, isStoryThing)) found.set(k, v);
  if (found.size !== 1) return null;
  const [words] = [...found.values()];
  return final.replace(/\bits\b/gi, `${words}'s`).replace(/\bit\b/gi, words!);
}

/** The story things a pattern finds in the tale, by concept, with the words naming each. */
function thingsNamed(
  tale: string,
  pattern: RegExp,
  isStoryThing: (words: string) => string | null,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tale.matchAll(pattern)) {
    const named = m[1] ?? m[2] ?? "";
    const words = (pattern === PROPER ? `the ${named}` : named).replace(NOT_NAME, "").trim();
    const thing = isStoryThing(words);
    if (thing !== null && !found.has(thing)) found.set(thing, words);
  }
  return found;
}
