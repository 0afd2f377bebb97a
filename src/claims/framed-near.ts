// "Russia's involvement in the peace process is not without merit", "the Kremlin wants to dictate the terms of a
// settlement": framing.ts reads the change (another noun after "not without", forcing for helping), but only on a
// claim that matches; these claims leave out enough of the passage to fall short of a match, and the one word they
// change was then "not in the article". Near the passage (closeAt) with words besides names lined up, the change
// framing.ts reads is an alteration of that passage; so is a go-between for the passage's "direct" (mediated.ts:
// "МИД выступает за косвенный диалог … через посредников") and people's origin and home swapped (residence.ts).
import type { Closest } from "./closest.js";
import { forcedIntent, replacedAfterFrame } from "./framing.js";
import { backedPairs } from "./match.js";
import { mediatedForDirect } from "./mediated.js";
import { swappedResidence } from "./residence.js";
import type { ClaimChange, ClaimTuning } from "./types.js";

/** The change of a near, unmatched claim read against the passage's sentence (see above); null otherwise. */
export function framedNear(
  best: Closest,
  text: string,
  sentence: string,
  /** The passage's paragraph: a frame is read in its own sentence, which a short claim may not pick as closest. */
  paragraph: string,
  tuning: ClaimTuning,
): ClaimChange | null {
  if (best.containment < tuning.closeAt) return null;
  const backed = backedPairs(best.pairs);
  if (backed.length < 2 || !backed.some((p) => !p.claim.entity)) return null;
  return (
    replacedAfterFrame(text, paragraph) ??
    forcedIntent(text, sentence) ??
    mediatedForDirect(text, sentence) ??
    swappedResidence(text, sentence)
  );
}
