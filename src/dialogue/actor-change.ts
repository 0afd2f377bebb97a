// The claim checker's "actor" change is another doer in the passage's place only when the passage's side of it
// names a party or a speaker: "the fighting is between hamas and israel…" against "Amidst the escalating
// violence between Hamas and the Israeli military" pairs "israel" with "amidst", a word of no one, and the
// question is still the entry's own.
import type { ClaimVerdict } from "../claims/index.js";
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
