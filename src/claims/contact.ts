// The manner of a contact replaced: "Putin met Erdogan in person" of "In a phone call with … Erdogan, Putin …".
// "Met" and "person" weigh little against the names and the message that line up, so the claim read as a
// paraphrase, though a meeting face to face is not a call. A claim of meeting in person needs a passage of one;
// against a passage of a call (phone, telephone, video) it replaces the manner: altered, naming both.

import { lean } from "../lib/lean-regexp.js";
import type { ClaimChange } from "./types.js";

/** The claim says the two met face to face: met, in person, face-to-face, visited; встретился, лично, визит. */
const IN_PERSON = lean(
  /\b(met|meets?|meeting|in\s+person|face[\s-]to[\s-]face|in-person|visit(?:s|ed|ing)?|sat\s+down\s+with|summit)\b|(?:^|[^\p{L}])(встреч\p{L}*|встрет\p{L}*|лично|визит\p{L}*|посети\p{L}*|глаза\s+в\s+глаза)(?=$|[^\p{L}])/iu,
);

/** The passage's contact was at a distance: a phone or video call. */
const AT_DISTANCE = lean(
  /\b(phone|telephone|video\s*(?:call|link|conference)|call\s+with)\b|(?:^|[^\p{L}])(телефон\p{L}*|видеосвяз\p{L}*|созвон\p{L}*)(?=$|[^\p{L}])/iu,
);

/** "Met in person" of a passage of a phone call: the manner of contact replaced; null otherwise. */
export function replacedContact(claim: string, clause: string): ClaimChange | null {
  const met = IN_PERSON.exec(claim);
  // The claim first: most claims say nothing of meeting, and then the passage is not read.
  if (!met) return null;
  const call = AT_DISTANCE.exec(clause);
  if (!call || AT_DISTANCE.test(claim)) return null;
  return {
    kind: "replaced",
    claimed: (met[1] ?? met[2]!).toLowerCase(),
    article: (call[1] ?? call[2]!).toLowerCase(),
  };
}
