// Four kinds of false confirmation with every other word of the claim lined up (claims17):
// - a party swapped for another: "the aspirations of the Israelis" for the Palestinians', "with Israelis and
//   Iranians" for "Israelis and Palestinians". The claim names a party its passage's sentence lacks while the
//   sentence names one the claim drops (parties.ts reads collectives; this reads one party put for another).
// - an achievement or a first time added: "has already found a way to a settlement" for a readiness to help reach
//   one, "announced for the first time" for "reaffirms" ("уже", "впервые").
// - the noun after a fixed frame replaced: "not without precedent" for "not without controversy".
// - a verb of intent turned to force: "seeks to impose a settlement" for "help reach / contribute to reaching one".

import { lean } from "../lib/lean-regexp.js";
import { partiesIn, partiesInPassage } from "./parties.js";
import type { ClaimChange } from "./types.js";

/**
 * The claim puts a party of its own where the passage's sentence names another: "replaced". `whole`: the sentence
 * a passage cut short stands in; a party it names is none the claim swapped in ("the US" before "the United
 * Nations, …").
 */
export function swappedParty(text: string, sentence: string, whole?: string): ClaimChange | null {
  const claimed = partiesIn(text);
  // A claim naming no party adds none: the sentence is not read.
  if (claimed.size === 0) return null;
  const passage = partiesInPassage(sentence);
  const around = whole === undefined ? passage : partiesInPassage(whole);
  const added = [...claimed].filter((p) => !passage.has(p) && !around.has(p));
  const dropped = [...passage].filter((p) => !claimed.has(p));
  if (added.length === 0 || dropped.length === 0) return null;
  return { kind: "replaced", claimed: added[0]!, article: dropped.join(", ") };
}

/** An achievement or first time: "already", "for the first time", "first-ever", "уже", "впервые". */
const ACHIEVED = lean(
  /(?:^|[^\p{L}])(?:already|for the first time|first[- ]ever|never before|уже|впервые|в первый раз)(?![\p{L}])/iu,
);

/** The claim says something already done or said for the first time; the sentence says neither: "added". */
export function addedAchievement(text: string, sentence: string): ClaimChange | null {
  const m = ACHIEVED.exec(text);
  if (!m || ACHIEVED.test(sentence)) return null;
  return { kind: "added", claimed: m[0].trim(), article: "" };
}

/** A fixed frame and the noun it takes: "not without controversy". */
const FRAME = lean(/(?:^|[^\p{L}])not without\s+(\p{L}+)/iu);

/** The claim keeps the passage's frame and puts another noun after it: "replaced". */
export function replacedAfterFrame(text: string, sentence: string): ClaimChange | null {
  const claim = FRAME.exec(text);
  if (!claim) return null;
  const passage = FRAME.exec(sentence);
  if (!passage) return null;
  const a = claim[1]!.toLowerCase();
  const b = passage[1]!.toLowerCase();
  if (a === b || a.slice(0, 6) === b.slice(0, 6)) return null;
  return { kind: "replaced", claimed: claim[1]!, article: passage[1]! };
}

/** Verbs of forcing a result on others, against those of helping reach it. */
const FORCE = lean(
  /(?:^|[^\p{L}])(?:impos\p{L}*|dictat\p{L}*|forc(?:e|es|ed|ing)|coerc\p{L}*|навяз\p{L}*|диктова\p{L}*|продикт\p{L}*|принуд\p{L}*|принужд\p{L}*)(?![\p{L}])/iu,
);
const HELP = lean(
  /(?:^|[^\p{L}])(?:help\p{L}*|assist\p{L}*|contribut\p{L}*|facilitat\p{L}*|помо\p{L}*|помоч\p{L}*|содейств\p{L}*|способств\p{L}*|внести вклад|вклад\p{L}*)(?![\p{L}])/iu,
);

/** "a force", "a constructive force", "the main forces": an article, and an adjective at most, before it. */
const FORCE_NOUN = /(?:^|[^\p{L}])(?:a|an|the)\s+(?:\p{L}+\s+)?forces?\s*$/iu;

/** The claim forces what the passage helps reach: "replaced". */
export function forcedIntent(text: string, sentence: string): ClaimChange | null {
  const force = FORCE.exec(text);
  if (!force || FORCE.test(sentence)) return null;
  // "a constructive force": the noun, one who plays a part, no forcing.
  if (FORCE_NOUN.test(text.slice(Math.max(0, force.index - 40), force.index + force[0].length))) return null;
  const help = HELP.exec(sentence);
  if (!help) return null;
  return { kind: "replaced", claimed: force[0].trim(), article: help[0].trim() };
}
