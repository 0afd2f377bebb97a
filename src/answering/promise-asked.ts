// "What did the Kremlin spokesman promise?", "what does it say Peskov vowed Russia would do?", "what has Moscow
// pledged?": a wh-question asking what a voice promised asks what it said it would do — read with "say" (the
// knowledge base has no word of promising, so "promise" was an unknown word and the question was unsure or
// refused). A yes/no question keeps the verb: "did Putin promise a ceasefire?" asks more than that he called for
// one, and the article does not say he promised it.

/** A question word opening the question (after a chat lead-in). */
const WH_OPENING = /^\s*(?:(?:so|and|but|ok|okay|well)[, ]+)*(?:what|which|whatever)\b/i;

/** The verbs of promising, with "to" or "that" after them kept as the question has them. */
const PROMISED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:promised|pledged|vowed|committed(?= to\b))\b/gi, "said"],
  [/\b(?:promises|pledges|vows)\b/gi, "says"],
  [/\b(?:promise|pledge|vow)\b/gi, "say"],
];

/** A wh-question's verb of promising read as one of saying, or the question as it came. */
export function asPromiseSaid(question: string): string {
  if (!WH_OPENING.test(question)) return question;
  return PROMISED.reduce((read, [verb, said]) => read.replace(verb, said), question);
}
