// "Peskov said Putin had spoken by phone with Netanyahu": a call the article never reports. The name stands where
// the passage has Erdogan, so it counted towards a match as a swapped actor ("Netanyahu" for "Erdogan" is an
// alteration, not noise), and the phone call alone then matched: altered. A name the whole article never gives
// is an unknown party: when the rest of the claim lines up little (short of "near", under three words besides
// names), it counts for nothing and the claim is news the article does not carry; "… called for an immediate
// ceasefire in a phone call with Netanyahu" stays altered.
import { backedPairs, type Pair } from "./match.js";

/** The claim's own words line up this much (the share "changedNear" reads as near): the name counts as swapped. */
const NEAR = 0.45;
/** Or this many of its words besides names line up (the call's content, not the call alone). */
const SAID_WORDS = 3;

/** The swapped share of the claim's weight, less the names of parties the article never names. */
export function swappedKnownParties(
  pairs: Pair[],
  swapped: number,
  inArticle: (term: string) => boolean,
  /** How much of the claim lines up besides the swapped names. */
  containment: number,
): number {
  const total = pairs.reduce((sum, p) => sum + p.claim.weight, 0);
  if (total === 0 || swapped === 0 || containment >= NEAR) return swapped;
  // What the claim says of the party lines up by itself: "called for an immediate ceasefire in a phone call".
  const said = backedPairs(pairs).filter((p) => !p.claim.entity).length;
  if (said >= SAID_WORDS) return swapped;
  const unknown = pairs
    .filter((p) => p.span === null && p.claim.entity && !inArticle(p.claim.term))
    .reduce((sum, p) => sum + p.claim.weight, 0);
  return Math.max(0, swapped - unknown / total);
}
