// Who a statement is about: the parties of the conflict. Two kinds of false confirmation had every word of the
// claim in the article and one party changed:
// - a collective narrowed or widened: the passage's "all parties" / "both sides" / "обеих сторон" said of one
//   named party ("the interests of the Palestinians"), or one party said of everyone ("the aspirations of
//   everyone"). The party's name stands elsewhere in the article, so no unbacked-word reader sees it.
// - the one blamed or criticised changed: "Putin is blaming the Palestinians" of "he directs blame towards the
//   United States … which overlooked the aspirations of Palestinians"; and a sole fault the passage never gives
//   ("the US alone is at fault").
// Both read the claim as typed against the passage's clause (English or its Russian translation).
// Its own list, not knowledge/parties.json (kb.parties), on purpose: these are the parties a statement is about
// (the one blamed, the one narrowed to), never its speakers. The table also gives Russia and Turkey by their
// people (Putin, Peskov, the Kremlin, Erdogan) and Israel by Netanyahu, so "Putin urged respect for the
// interests of the Palestinians" of a passage's "all parties" would name two parties, not one, and the narrowed
// claim would be confirmed; and it reads a lower-case "us" as the United States ("tell us"), which here is read
// by its capitals only (US_CAPITALS). Its collectives ("both", "others") are COLLECTIVE below.

import { lean } from "../lib/lean-regexp.js";
import { perPassage } from "./passage-memo.js";
import { withoutCeasefireSides } from "./phrasal.js";
import type { ClaimChange } from "./types.js";

/** Each party by the stems of its names (lower case; "US" is matched on its capitals apart). */
const PARTIES: Record<string, RegExp> = {
  "United States":
    /(?:^|[^\p{L}])(?:united states|washington|america|americans?|сша|соединённ\p{L}* штат\p{L}*|соединенн\p{L}* штат\p{L}*|вашингтон\p{L}*|америк\p{L}*)(?![\p{L}])/u,
  Israel: /(?:^|[^\p{L}])(?:israel|israelis?|израил\p{L}*|израильт\p{L}*)(?![\p{L}])/u,
  Palestinians: /(?:^|[^\p{L}])(?:palestinians?|palestine|палестин\p{L}*)(?![\p{L}])/u,
  Hamas: /(?:^|[^\p{L}])(?:hamas|хамас\p{L}*)(?![\p{L}])/u,
  Europe: /(?:^|[^\p{L}])(?:europeans?|european union|europe|европ\p{L}*|евросоюз\p{L}*)(?![\p{L}])/u,
  Iran: /(?:^|[^\p{L}])(?:iran|iranians?|иран\p{L}*)(?![\p{L}])/u,
};
const US_CAPITALS = lean(/(?:^|[^\p{L}])U\.?S\.?(?![\p{L}])|(?:^|[^\p{L}])США(?![\p{L}])/u);

/** "all parties", "both (warring) sides", "everyone", "обеих сторон", "всех сторон", "каждой стороны". */
const COLLECTIVE = lean(
  /(?:^|[^\p{L}])(?:(?:all|both|each|every)(?:\s+of)?(?:\s+the)?(?:\s+\p{L}+)?\s+(?:part(?:y|ies)|sides?)|everyone|everybody|all\s+involved|(?:обе|оба|обеих|обоих|обеим|обоим|обеими|обоими|все|всех|всем|всеми|каждой|каждая|каждую|любой)(?:\s+\p{L}+)?\s+(?:сторон\p{L}*|участник\p{L}*))(?![\p{L}])/iu,
);

/** The parties a text names (its "US" by its capitals). */
export function partiesIn(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  for (const [name, re] of Object.entries(PARTIES)) if (re.test(lower)) out.add(name);
  if (US_CAPITALS.test(text)) out.add("United States");
  return out;
}

/** The passage's "all parties" and the parties it names, read once per passage. */
const collectiveIn = perPassage((clause) => COLLECTIVE.exec(clause));
export const partiesInPassage = perPassage(partiesIn);

/**
 * The passage speaks of all parties and the claim of one it does not name there, or the claim speaks of all and
 * the passage of one the claim drops: "replaced". Nothing when both or neither speak of all.
 */
export function changedParty(text: string, clause: string): ClaimChange | null {
  // "both sides to stop fighting": the ceasefire's own parties, no collective the claim speaks of (phrasal.ts).
  const claimAll = COLLECTIVE.exec(withoutCeasefireSides(text));
  const clauseAll = collectiveIn(clause);
  if (Boolean(claimAll) === Boolean(clauseAll)) return null;
  const claimParties = partiesIn(text);
  const clauseParties = partiesInPassage(clause);
  if (clauseAll) {
    // Narrowed to one: a claim adding two parties ("both Israel and the Palestinians") names no single one.
    const added = [...claimParties].filter((p) => !clauseParties.has(p));
    const named = added.length === 1 ? added[0] : undefined;
    return named ? { kind: "replaced", claimed: named, article: clauseAll[0]!.trim() } : null;
  }
  if (!claimAll) return null;
  // Widened: the passage's one party said of all; or everyone added where the passage names no party at all.
  const dropped = [...clauseParties].find((p) => !claimParties.has(p));
  if (dropped) return { kind: "replaced", claimed: claimAll[0]!.trim(), article: dropped };
  return clauseParties.size === 0 ? { kind: "added", claimed: claimAll[0]!.trim(), article: "" } : null;
}

/** A verb or noun of blame and criticism, the one blamed named after it (EN and RU). */
const BLAME = lean(
  /(?:^|[^\p{L}])(?:blam\p{L}*|fault\p{L}*|criticiz\p{L}*|criticis\p{L}*|accus\p{L}*|responsible|обвин\p{L}*|вин[уы]\p{L}*|вино\p{L}*|критику\p{L}*|критик\p{L}*|упрека\p{L}*|упрекн\p{L}*|ответственн\p{L}*)(?![\p{L}])/iu,
);
/** How far after the blame word the one blamed is looked for (characters). */
const REACH = 60;
/** A word restricting the fault to one: "the US alone", "only Washington", "solely". */
const SOLE = lean(
  /(?:^|[^\p{L}])(?:alone|only|solely|sole|exclusively|только|лишь|единственн\p{L}*|исключительно)(?![\p{L}])/iu,
);

/** How near a sole word a party stands (characters either side). */
const NEAR = 20;

/** The parties named right after a text's blame word ("blame towards the United States"), and where it is. */
function blamed(text: string): { parties: Set<string>; at: number } | null {
  const m = BLAME.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length;
  return { parties: partiesIn(text.slice(at, at + REACH)), at };
}

/**
 * The claim blames (criticises) a party the passage's blame does not fall on, the passage blaming another:
 * "replaced". Or the claim makes one party's fault its alone, the passage restricting nothing: "added".
 */
export function changedBlame(text: string, clause: string): ClaimChange | null {
  const inClaim = blamed(text);
  if (!inClaim) return null;
  const inClause = blamed(clause);
  // The one blamed may also stand before the word: "the US is at fault", "Washington is to blame".
  const claimParties = inClaim.parties.size > 0 ? inClaim.parties : partiesIn(text.slice(0, inClaim.at));
  if (inClause && inClause.parties.size > 0) {
    const other = [...claimParties].find((p) => !inClause.parties.has(p));
    if (other && ![...inClause.parties].some((p) => claimParties.has(p)))
      return { kind: "replaced", claimed: other, article: [...inClause.parties].join(", ") };
  }
  const sole = SOLE.exec(text);
  // The sole word stands by a party ("the US alone", "only Washington"), not by a deed ("running the efforts alone").
  const near = sole ? text.slice(Math.max(0, sole.index - NEAR), sole.index + sole[0].length + NEAR) : "";
  if (sole && claimParties.size > 0 && partiesIn(near).size > 0 && !SOLE.test(clause))
    return { kind: "added", claimed: sole[0].trim(), article: "" };
  return null;
}
