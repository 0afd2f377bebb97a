// The claim checker's "actor" change is another doer in the passage's place only when the passage's side of it
// names a party or a speaker: "the fighting is between hamas and israel…" against "Amidst the escalating
// violence between Hamas and the Israeli military" pairs "israel" with "amidst", a word of no one, and the
// question is still the entry's own.
import { type ClaimVerdict, isAddedWish } from "../claims/index.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import type { SpeakerNames } from "./speakers.js";

export function namesAnotherActor(
  changes: ClaimVerdict["changes"],
  parties: Parties,
  speakers: SpeakerNames,
): boolean {
  return changes.some(
    (c) =>
      c.kind === "actor" &&
      (partyMentions(parties, c.article).length > 0 || speakers.namedIn(c.article.toLowerCase()).length > 0),
  );
}

/**
 * Every change is a word replaced or added, or an "actor" whose passage side names no one ("hamas" held against
 * "amidst" in "amidst the escalating violence between hamas and the israeli military"): the checker matched words,
 * not a reading of its own, so its "doesn't say" is plain and the engine's own verdict may outrank it (quality38).
 */
export function misalignedOnly(
  checked: { verdict: string; changes: ClaimVerdict["changes"] },
  parties: Parties,
  speakers: SpeakerNames,
): boolean {
  return (
    checked.verdict !== "misattributed" &&
    checked.changes.some((c) => c.kind === "actor") &&
    checked.changes.every(
      (c) =>
        ((c.kind === "replaced" || c.kind === "added") && !isAddedWish(c)) ||
        (c.kind === "actor" && !namesAnotherActor([c], parties, speakers)),
    )
  );
}
