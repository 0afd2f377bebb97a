// The claim checker's "actor" change is another doer in the passage's place only when the passage's side of it
// names a party or a speaker: "the fighting is between hamas and israel…" against "Amidst the escalating
// violence between Hamas and the Israeli military" pairs "israel" with "amidst", a word of no one, and the
// question is still the entry's own. A party named bare where the passage has its own person or office ("the turks",
// «с турцией» against "Turkish leader" / «лидером турции») stands for that actor: no other doer (verdict42).
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

/**
 * An "actor" change whose claimed side is a party's bare name ("turkey", "the turks", «турцией», «анкарой») and whose
 * passage side names only that party ("turkish leader", «лидером турции»): the party stands for its own actor, as
 * Russia's voices stand for Russia (verdict-voices.ts). An office or person of the party named ("turkey's foreign
 * minister") is more than its bare name and stays another actor.
 */
export function partyForItsActor(change: ClaimVerdict["changes"][number], parties: Parties): boolean {
  if (change.kind !== "actor") return false;
  const claimed = change.claimed.toLowerCase().replace(/^the /u, "");
  const named = partyMentions(parties, claimed);
  const bare = named.length === 1 && named[0]!.start === 0 && named[0]!.end === claimed.length;
  if (!bare) return false;
  const held = partyMentions(parties, change.article.toLowerCase());
  return held.length > 0 && held.every((m) => m.id === named[0]!.id);
}

/** The checker's reading without the changes a party's bare name for its own actor made (and their unbacked words). */
export function withPartiesForActors<T extends { changes: ClaimVerdict["changes"]; unbacked: string[] }>(
  checked: T,
  parties: Parties,
): T {
  const own = checked.changes.filter((c) => partyForItsActor(c, parties));
  if (own.length === 0) return checked;
  const words = new Set(own.flatMap((c) => c.claimed.toLowerCase().split(/\s+/u)));
  return {
    ...checked,
    changes: checked.changes.filter((c) => !own.includes(c)),
    unbacked: checked.unbacked.filter((w) => !words.has(w.toLowerCase())),
  };
}
