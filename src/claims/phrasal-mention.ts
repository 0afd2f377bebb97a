// A mention, or none, said in several words: "kept quiet about", "skipped over", "left … unmentioned" for
// joinPhrasalVerbs (phrasal.ts) as "said nothing about" / "did not mention", and "didn't say a word about" as a
// negated mention (sayingAsMention, which judge.ts reads before the claim's attribution). Apart from phrasal.ts so
// that file keeps the order of the rewrites.

import { lean } from "../lib/lean-regexp.js";

/** "kept quiet about Russia's role": said nothing about it. */
export const KEPT_QUIET = lean(
  /\b(?:keep|keeps|kept|keeping|remain|remains|remained|remaining|stay|stays|stayed|staying)\s+(?:quiet|silent|mum)\s+(?:about|on|over)\b/giu,
);

/** "skipped over Russia's role": did not mention it. */
export const SKIPPED_OVER = lean(/\b(?:skip|skips|skipped|skipping|pass|passes|passed|passing)\s+over\b/giu);

/** "left Russia's role unmentioned": not mentioned, as "did not mention Russia's role" says. */
export const LEFT_UN = lean(
  /\b(?:leave|leaves|left|leaving)\s+((?:[\p{L}'’-]+\s+){1,8}?)un(mention|address)ed\b/giu,
);

/**
 * "didn't say a word about", "never said anything about": a mention, negated as the claim negates it. Read before
 * the claim's attribution is, or "Putin didn't say" would be taken for a denied attribution ("X never said …").
 */
export const SAY_A_WORD = lean(
  /\b(say|says|said|saying)\s+(?:a\s+(?:single\s+)?word|anything)(?=\s+(?:about|on|of|in)\b)/giu,
);
export const MENTION_FORM: Record<string, string> = {
  say: "mention",
  says: "mentions",
  said: "mentioned",
  saying: "mentioning",
};

export function sayingAsMention(text: string): string {
  return text.replace(SAY_A_WORD, (_, verb: string) => MENTION_FORM[verb.toLowerCase()] ?? "mention");
}
