// "Putin thinks the new wave of violence shows America's Middle East policy has failed" of "… the failure of US
// policy in the region": the passage says "the region" for a place the article has just named with the same word
// (the paragraph before: "its failed policy in the Middle East"). The claim that names that place was read as
// adding a name the paragraph never gives: altered. A place the passage's stand-in ("the region", "the area",
// «в регионе») points at is no addition, and the change is taken off: the article names the place within a few
// words of the passage's own word before the stand-in ("policy"). "US policy in the Gaza Strip" keeps its change:
// the article names the Gaza Strip, but with casualties, not with the policy.
import type { Word } from "./claim-words.js";
import type { Pair } from "./match.js";
import type { ClaimChange } from "./types.js";

/** Words a passage puts in the place of a place it has named: English and Russian. */
const STAND_IN = /^(?:region|area|регион\p{L}*)$/u;
/** Words between the stand-in and the passage's word it goes with ("policy in the region"). */
const HEAD_WITHIN = 3;
/** Characters either side of the place's name in which the article must have that word too. */
const WINDOW = 40;

/** The changes without an added place the passage's stand-in points at. `article`: the text it is read in. */
export function withoutStandInPlace(
  changes: ClaimChange[],
  pairs: Pair[],
  spanWords: Word[],
  article: () => string,
): ClaimChange[] {
  const added = changes.filter((c) => c.kind === "added");
  if (added.length !== 1) return changes;
  const lined = new Set(pairs.flatMap((p) => (p.span ? [p.span] : [])));
  const at = spanWords.findIndex((w) => !lined.has(w) && STAND_IN.test(w.surface.toLowerCase()));
  if (at < 0) return changes;
  const standIn = spanWords[at]!;
  // The passage's word the stand-in goes with, lined up with the claim: "policy" in "US policy in the region".
  const heads = spanWords
    .slice(0, at)
    .filter((w) => lined.has(w) && !w.entity && w.weight > 0 && standIn.at - w.at <= HEAD_WITHIN);
  const place = pairs.find((q) => q.claim.surface === added[0]!.claimed && !q.span && q.claim.entity);
  if (!place || heads.length === 0) return changes;
  const text = article().toLowerCase();
  const name = new RegExp(place.claim.surface.split(/\s+/).map(head).join("\\p{L}*\\s+"), "gu");
  for (const m of text.matchAll(name)) {
    const around = text.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length + WINDOW);
    if (heads.some((w) => around.includes(head(w.surface.toLowerCase()))))
      return changes.filter((c) => c !== added[0]);
  }
  return changes;
}

/** A word's first letters, its endings aside (English or Russian): "policies" → "polic", "востоке" → "восто". */
function head(word: string): string {
  return word.slice(0, Math.max(4, Math.min(5, word.length - 1))).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
