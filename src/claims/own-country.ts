// "Putin told Turkey's Erdogan …" of "In a phone call with Turkish leader Recep Tayyip Erdogan, …": a country in
// the possessive before a name is that person's country. Read as a name of its own, "Turkey" lined up with nothing
// and stood for another actor put in the place of "Recep Tayyip Erdogan". It is the name's own country only when
// the passage says so: a word for the same person there shares the country's stem ("Turkish leader"), so
// "Israel's Erdogan" still names another actor.
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";

/** Letters a country and its adjective share at the start: "Turk-ey", "Turk-ish"; "Russ-ia", "Russ-ian". */
const STEM = 4;

/** The claim's name at `ci` is the country of the next name, and the passage gives that person the country. */
export function ownCountryOfName(pairs: readonly Pair[], ci: number, spanWords: readonly Word[]): boolean {
  const country = pairs[ci]?.claim;
  const next = pairs[ci + 1];
  if (!country?.entity || !next?.span || !next.claim.entity) return false;
  // Directly before the name ("Turkey's Erdogan": the possessive ending is no token of its own).
  if (next.claim.at - country.at > 2) return false;
  const stem = country.surface.toLowerCase().slice(0, STEM);
  if (stem.length < STEM) return false;
  const person = next.span.term;
  return spanWords.some(
    (w) =>
      w.term === person &&
      w.surface
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((part) => part.startsWith(stem)),
  );
}
