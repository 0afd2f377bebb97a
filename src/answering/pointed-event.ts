// An event set out in a long message's chatter and asked about after it by a demonstrative ("my uncle says Netanyahu
// phoned Putin last week about the hostages…, what did they agree on during *that call*?"): the question is about
// the event the chatter named — a call the article never reports — so the names the article does not know in
// that chatter gate the message as if the question had named them. Read alone, the asking part ("what did they
// agree on during that call") found an entry by its own words. Only a demonstrative's noun that stands for a term
// of the earlier part points back: "that" alone mostly points at the text ("is that true").

/** "that call", "this meeting", "the same talks": the noun a demonstrative points with. */
const DEMONSTRATIVE = /(?<!\p{L})(?:that|this|those|these|the\s+same)\s+(\p{L}+)/giu;

/** Whether `later` points back by a demonstrative noun at something `earlier` names (`terms`: a text's content terms). */
export function pointsAtEvent(later: string, earlier: string, terms: (text: string) => string[]): boolean {
  const nouns = [...later.matchAll(DEMONSTRATIVE)].map((m) => m[1]!);
  if (nouns.length === 0) return false;
  const before = new Set(terms(earlier));
  return nouns.some((noun) => terms(noun).some((term) => before.has(term)));
}
