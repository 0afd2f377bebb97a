// A long English message that names a thing of the story in the asker's own tale and asks about it by "it" at the
// end ("…a diplomat kept mentioning 'the Quartet' and I nodded along. The article brings it up too, so who is in
// it?"). Read alone, the final question (final-question.ts) asks about nothing ("who is in it?") and the message
// fell to the summary or a neighbouring entry. The thing the tale names — a quoted term, or what it is "about" or
// "mentioning" — stands for the "it": one such thing only, and one the knowledge base knows (message-reading.ts).

/** A term quoted in the tale ('the Quartet', "the Quartet"), or the object of talk about it. */
const REFERENT =
  /['"‘“]([^'"’”]{2,40})['"’”]|\b(?:about|mention(?:s|ed|ing)?|heard\s+of|brought\s+up|bringing\s+up|the\s+(?:term|word|name))\s+((?:the\s+)?[\p{L}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)/giu;

/** "it" that is a thing asked about; not the article ("what does it say", "it says", "does it mention"). */
const THING_IT = /\b(?:it|its)\b/i;
const ARTICLE_IT =
  /\b(?:does|did|do|will|would|can)\s+it\s+(?:say|mention|tell|report|write|claim|state|explain|describe|name)\b|\bit\s+(?:says|said|mentions|reports|writes|claims|states)\b/i;

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
  const found = new Map<string, string>();
  for (const m of tale.matchAll(REFERENT)) {
    const words = (m[1] ?? m[2] ?? "").trim();
    const thing = isStoryThing(words);
    if (thing !== null && !found.has(thing)) found.set(thing, words);
  }
  if (found.size !== 1) return null;
  const [words] = [...found.values()];
  return final.replace(/\bits\b/gi, `${words}'s`).replace(/\bit\b/gi, words!);
}
