// (claims39) A firm statement weakened, with a modal of doubt piled on: "Putin said the surge in violence might
// possibly hint at some minor problems with US policy" (blind18), "Putin suggests the surge in violence could be a
// slight hint that US policy is not perfect" (probes23) of ¶2's "a clear indication of the failure of US policy".
// With one modal ("may hint at some minor problems") the claim lines up near ¶2 and near-alteration.ts names the
// weakened stance; "might possibly", "could be" thin it below that. A claim read as not in the article that says
// something weakly (a hint, slight, minor, not perfect; «намёк», «мелкие», «слегка») is read again with its
// modals of doubt taken off (might, could, may, possibly, perhaps; «возможно», «может»): when that reading alters a
// passage, the claim is altered (alteredWithout: never a confirmation).
import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";
import { alteredWithout } from "./verdict.js";

/** A weak word: the claim says less than a passage's firm one. */
const WEAK = lean(
  /(?<![\p{L}])(?:hint(?:s|ed|ing)?|slight(?:ly)?|minor|small|faint|not\s{1,3}(?:perfect|flawless|ideal)|imperfect|намёк\p{L}*|намек\p{L}*|намека\p{L}*|мелк\p{L}*|слегка|небольш\p{L}*|незначительн\p{L}*)(?![\p{L}])/iu,
);
/** Modals of doubt, and "be" after one ("could be a hint" → "a hint"). */
const MODAL = lean(
  /(?<![\p{L}])(?:(?:might|could|may)(?:\s{1,3}(?:possibly|perhaps))?(?:\s{1,3}be(?=\s{1,3}(?:a|an|some)\s))?|possibly|perhaps|maybe|возможно|может\s{1,3}быть)(?![\p{L}])\s{0,3},?/giu,
);

/** The claim with its modals of doubt off, or null when it says nothing weakly or has no modal. */
function withoutModals(text: string): string | null {
  if (!WEAK.test(text)) return null;
  const bare = text
    .replace(MODAL, "")
    .replace(/\s{2,}/gu, " ")
    .trim();
  return bare === text ? null : bare;
}

/** The checker, a weakened claim read again without its modals of doubt. */
export function judgingWeakenedApart(check: ClaimChecker): ClaimChecker {
  return alteredWithout(check, withoutModals);
}
