// A time the passage does not give: "Russia will become part of the Quartet" of "Russia has been part of the
// Quartet". The claim moves into the future what the passage reports as done or standing ("has been", "was",
// "long-standing", "formed"); "will" weighs nothing among the claim's words, so the rest lines up and the claim
// read as a paraphrase. A passage that looks ahead itself (will, may, aims to, readiness, need, urges…) is left to
// the how-sure pair of neutral-pairs.ts and to wanting.ts.
import type { ClaimChange } from "./types.js";

/** The claim's future: will, shall, 'll, is going to, is set to, is about to; Russian "будет"/"станет". */
const FUTURE =
  /(?:^|[^\p{L}])(will|shall|going\s+to|set\s+to|about\s+to|будет|будут|станет|станут)(?=$|[^\p{L}])|\p{L}['’](ll)(?=$|[^\p{L}])/iu;

/** The passage looks ahead itself: a future, a modal, an aim, a need or a call. */
const LOOKS_AHEAD =
  /(?:^|[^\p{L}])(?:will|would|shall|may|might|could|can|going|aims?|seeks?|striv\p{L}*|readiness|ready|willing\p{L}*|need\p{L}*|urg\p{L}*|hop\p{L}*|intend\p{L}*|plans?|future|soon|будет|будут|станет|может|могут|стрем\p{L}*|готов\p{L}*|нужн\p{L}*|необходим\p{L}*)(?=$|[^\p{L}])/iu;

/** The passage reports something done or standing: a perfect or past auxiliary, "long-standing", "formed". */
const DONE =
  /(?:^|[^\p{L}])(has\s+been|have\s+been|has\s+long|had|was|were|long-standing|formed|already|входила|входил|была|был|были)(?=$|[^\p{L}])/iu;

/** "X will be …" of a passage that says X has been: the future added; null when the passage looks ahead too. */
export function movedToFuture(claim: string, clause: string): ClaimChange | null {
  const future = FUTURE.exec(claim);
  if (!future || LOOKS_AHEAD.test(clause)) return null;
  const done = DONE.exec(clause);
  if (!done) return null;
  return {
    kind: "replaced",
    claimed: (future[1] ?? future[2]!).toLowerCase(),
    article: done[1]!.toLowerCase(),
  };
}
