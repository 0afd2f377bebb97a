// The second side of an either-or that asks "only Y?": «путин сочувствует пострадавшим или только США ругает»,
// "does he care about the victims or just bash the US". The side is asked as Y (without "only"): the article's
// support for Y is what decides; with the first side also held, the reply is "both" (both-sides.ts). Asked with
// "only", the side got no "yes" and the reply kept the first half alone (the concern), dropping the blame.

import { RUSSIAN_VERB } from "./clause-switch.js";
import { ONLY_WORDS } from "./restrictive-only.js";

/** "only", "just" (restrictive-only.ts), "simply", «только», «лишь», «просто»: the restricting words of a side. */
const EXCLUSIVE_WORD = `(?:${ONLY_WORDS}|simply|просто)(?!\\p{L})`;
/** The first such word standing before the side's words (a word of its own). */
const EXCLUSIVE = new RegExp(`(?<!\\p{L})${EXCLUSIVE_WORD}\\s*`, "u");
const OPENS_EXCLUSIVE = new RegExp(`^${EXCLUSIVE_WORD}`, "u");

/** Whether the side opens with "only"/«только». */
export const isExclusive = (after: string): boolean => OPENS_EXCLUSIVE.test(after.trim());

/**
 * «путин правда переживает за мирных жителей или только критикует америку»: an exclusive side with a verb of its
 * own is a second predicate of the same subject, the words before the first side's verb («путин правда»), not
 * the first side's words with the object swapped («…переживает критикует америку»). Russian only; null otherwise.
 */
export function exclusivePredicateSide(before: string, after: string): string | null {
  if (!isExclusive(after)) return null;
  const rest = withoutExclusive(after).split(" ");
  const words = before.trim().split(" ");
  const verbAt = words.findIndex((w, i) => i > 0 && RUSSIAN_VERB.test(w));
  if (verbAt < 1 || !rest.some((w) => RUSSIAN_VERB.test(w))) return null;
  return `${words.slice(0, verbAt).join(" ")} ${rest.join(" ")}`;
}

/** The side without its "only", or the side as it came. */
export function withoutExclusive(side: string): string {
  const out = side
    .replace(EXCLUSIVE, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  return out === "" ? side : out;
}
