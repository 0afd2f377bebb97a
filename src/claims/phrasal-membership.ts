// The Quartet and a role in the peace efforts said in several words, for joinPhrasalVerbs (phrasal.ts): "remain the
// only broker of peace" as "monopolize peace efforts", "one of the members of" as "part of", "left the Quartet" as
// "withdrew from" it. Apart from phrasal.ts so that file keeps the order of the rewrites.

import { lean } from "../lib/lean-regexp.js";
import { regular } from "./phrasal-verbs.js";

/**
 * (claims36) "would like America to remain the only broker of peace": the sole broker of peace is the one
 * monopolizing the peace efforts (claims-own39: it lined up with nothing, read as not in the article).
 */
export const SOLE_BROKER = lean(
  /\b(remain|remains|remained|remaining|stay|stays|stayed|staying|be|is|are|was|were|being)\s+the\s+(?:only|sole|exclusive)\s+(?:peace\s+)?(?:broker|mediator|peacemaker|go-between|arbiter)s?(?:\s+(?:of|for)\s+peace(?:\s+(?:efforts|talks|process))?)?\b/giu,
);
export const SOLE_BROKER_FORM: Readonly<Record<string, number>> = {
  remains: 1,
  stays: 1,
  is: 1,
  remained: 2,
  stayed: 2,
  was: 2,
  were: 2,
  remaining: 4,
  staying: 4,
  being: 4,
};
export const MONOPOLIZE = regular("monopolize");

/**
 * "one of the Quartet's members", "one of the members of the Quartet": part of it, as the article says of Russia
 * (claims-blind50: "one" read as a word of its own in the place of "part").
 */
export const MEMBER_OF = lean(/\b(?:one\s+of|among)\s+(?:the\s+)?members\s+of\b/giu);
export const ONE_OF_MEMBERS = lean(
  /\b(?:one\s+of|among)\s+(?:the\s+)?(?!(?:its|their|his|her|our|two|three|four|five)\s)(\p{L}+)(?:['’]s)?\s+members\b/giu,
);

/** (claims40) "The UN has left the Quartet": withdrawn from it (opposites.ts), said of a group or of talks only. */
export const LEFT_GROUP = lean(
  /\b(leave|leaves|left|leaving)\s+(?=(?:the\s+)?(?:quartet|group|talks|negotiations|mediation|peace\s+process)\b)/giu,
);
export const WITHDRAW_FORM: Record<string, string> = {
  leave: "withdraw from ",
  leaves: "withdraws from ",
  left: "withdrew from ",
  leaving: "withdrawing from ",
};
