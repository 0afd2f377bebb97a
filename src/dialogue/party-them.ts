// Kind: "them" after a turn about one party, asked of another by name — "does russia deal with them?" after "what is
// hamas", "does moscow have links to them?", «а у россии с ними есть связи?» after «что в статье про ХАМАС?». With no
// speaker in the context the pronoun stayed unread: the engine gave Russia's position with a false No (d105-19#2), or
// the ties card of the wrong side (Israel). The object pronoun is the one party the last question named, put in by
// the words that question used; only where the message names exactly one other party as its subject. "both of
// them", "each of them" and a last question naming no party or several are left as typed (they-them.ts reads "they
// … them" with a speaker).
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { DialogueContext } from "./types.js";

const THEM_EN = /(?<![\p{L}'])(?<!(?:both|each|all|either|neither|one|any|two|none) of )them(?![\p{L}'])/u;
const THEM_RU = /(?<!\p{L})(?:с|со) ними(?!\p{L})/u;

/** The message with the object "them" as the last question's one party, or null when it is not that case. */
export function partyThemOf(
  text: string,
  context: DialogueContext | null | undefined,
  parties: Parties,
): string | null {
  if (!context?.question || text.length > 100) return null;
  const lower = text.toLowerCase();
  const ru = /[а-яё]/u.test(lower);
  const them = (ru ? THEM_RU : THEM_EN).exec(lower);
  if (!them) return null;
  const asked = context.question.toLowerCase();
  const named = partyMentions(parties, asked).filter((p) => p.id !== "both" && p.id !== "others");
  const ids = new Set(named.map((p) => p.id));
  if (ids.size !== 1) return null;
  const other = named[0]!;
  const own = partyMentions(parties, lower).filter((p) => p.id !== "both" && p.id !== "others");
  if (own.length !== 1 || own[0]!.id === other.id) return null;
  const name = context.question.slice(other.start, other.end);
  const as = ru ? `с ${name}` : name;
  return `${text.slice(0, them.index)}${as}${text.slice(them.index + them[0].length)}`;
}
