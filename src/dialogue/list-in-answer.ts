// Kind: an answer whose commas are clauses, not a list ("Putin, as reported, wants the negotiation process resumed
// alongside an immediate ceasefire, and the Foreign Ministry calls for…"), read as giving the list its quote holds
// in full (the Quartet's members, quoted with that card). A bare voice next ("and peskov?" after "direct talks
// between who?") was then "not on the article's list" — a false No on Peskov, whose own words were owed (d110-10).
// The answer gives the list only when it names two or more of the parties the listing quote names (the Quartet's
// cards name three or four, in either language; the negotiations card names none of them; Putin, who is Russia's, is no member named).

import type { Answer } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { fold } from "./language.js";

/** Of the parties a list names, how many an answer must name to be giving that list. */
const MIN_MEMBERS_NAMED = 2;

/** The enumeration of a listing quote, through its last item ("Alongside the US, the United Nations, and the European
 * Union"): the quote's other words ("…to facilitate Israeli-Palestinian negotiations") name no member. */
const ENUMERATED = /[^,.;]+,[^,.;]+,[^.;]*\band\b[^,.;]*/;

/** The answer names at least two of the parties the listing quote enumerates (true when the table names none). */
export function answerNamesListed(evidence: Answer, listing: string, parties: Parties): boolean {
  const span = ENUMERATED.exec(listing)?.[0] ?? listing;
  const listed = new Set(partyMentions(parties, fold(span)).map((m) => m.id));
  if (listed.size < MIN_MEMBERS_NAMED) return true;
  const named = new Set(partyMentions(parties, fold(evidence.answer)).map((m) => m.id));
  return [...listed].filter((id) => named.has(id)).length >= MIN_MEMBERS_NAMED;
}
