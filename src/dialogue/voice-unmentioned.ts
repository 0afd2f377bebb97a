// "он говорил что-то про ХАМАС?" after Peskov, "did the foreign ministry mention Iran?": a party asked of a voice
// whose reported words never name it. mentioned-by.ts answers Yes where a quote holds the thing; a common noun
// missing from the quotes may be a near word, so it says nothing then. A party is a name, not a near word: where
// the thing asked is one party (knowledge/parties.json) that none of the voice's reported quotes names in any of
// its forms, the article doesn't say that the voice spoke of it (with the voice's words as the evidence). Not
// the voice's own party (Peskov and Russia), and not where the article itself says a mention was not made (the
// caller's denied check: "did Putin mention Russia?" stays the curated No).

import type { Answer } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";

const MAX_THING = 40;

const named = new WeakMap<Parties, Map<string, Set<string>>>();
/** Whether the article names the party at all (by any of its words). */
const inArticle = (party: string, article: string, parties: Parties) => {
  let byArticle = named.get(parties);
  if (!byArticle) {
    byArticle = new Map();
    named.set(parties, byArticle);
  }
  let ids = byArticle.get(article);
  if (!ids) {
    ids = new Set(partyMentions(parties, article.toLowerCase()).map((m) => m.id));
    byArticle.set(article, ids);
  }
  return ids.has(party);
};

/** The one party a short phrase is, "the"/"that" allowed before it; null for anything else. */
export function partyThingOf(thing: string, parties: Parties): string | null {
  const text = thing
    .toLowerCase()
    .trim()
    .replace(/^(?:the|that|this|этот|эту|эта)\s+/u, "");
  if (text.length > MAX_THING) return null;
  const found = partyMentions(parties, text);
  const only = found[0];
  return found.length === 1 && only && only.start === 0 && only.end === text.length ? only.id : null;
}

/** The party the thing asked is, where none of the voice's reported quotes names it; null otherwise. */
export function unmentionedParty(
  thing: string,
  speakerId: string,
  theirs: Answer,
  article: string,
  parties: Parties,
): string | null {
  const party = partyThingOf(thing, parties);
  // A party the article never names ("did Putin say anything about Iran?") is no part of the story: refused.
  if (!party || !inArticle(party, article, parties)) return null;
  const own = parties.find((p) => p.id === party)?.people.some((person) => person.speaker === speakerId);
  if (own || party === "russia") return null;
  const quotes = theirs.quotes.filter((q) => q.voice === "reported" && q.speakerId === speakerId);
  if (quotes.length === 0) return null;
  const named = quotes.some((q) =>
    [q.text, q.translation ?? ""].some((t) =>
      partyMentions(parties, t.toLowerCase()).some((m) => m.id === party),
    ),
  );
  return named ? null : party;
}
