// Negations for the adversarial generator: put in at the article's finite verbs, or the article's own taken out
// or said another way.
import type { ClaimVerdictKind } from "../claims/index.js";

/** The article's finite verbs with a negation put in (do-support where English needs it). */
export const NEGATED_VERBS: [string, string][] = [
  ["has expressed", "has not expressed"],
  ["directs", "does not direct"],
  ["overlooked", "did not overlook"],
  ["emphasized", "did not emphasize"],
  ["believes", "does not believe"],
  ["is a clear", "is not a clear"],
  ["criticizes", "does not criticize"],
  ["acknowledges", "does not acknowledge"],
  ["highlights", "does not highlight"],
  ["reaffirms", "does not reaffirm"],
  ["aims", "does not aim"],
  ["seeks", "never seeks"],
  ["has been", "has never been"],
  ["maintains", "does not maintain"],
  ["expresses", "does not express"],
  ["strives", "does not strive"],
  ["has long-standing", "has no long-standing"],
  ["shares", "does not share"],
  ["escalates", "does not escalate"],
  ["there are growing", "there are no growing"],
  ["may extend", "will not extend"],
  ["underscores", "does not underscore"],
  ["formed to facilitate", "formed not to facilitate"],
  ["to assist", "not to assist"],
  ["to stabilize", "not to stabilize"],
];
/** The article's negations taken out (the claim says the opposite) or said the other way (same meaning). */
export const DROPPED_NEGATIONS: [string, string, ClaimVerdictKind][] = [
  ["makes no mention of", "makes mention of", "altered"],
  ["makes no mention of", "mentions", "altered"],
  ["makes no mention of", "speaks at length about", "altered"],
  ["makes no mention of", "does not mention", "paraphrase"],
  ["makes no mention of", "says nothing about", "paraphrase"],
  ["is not without controversy", "is without controversy", "altered"],
  ["is not without controversy", "is controversial", "paraphrase"],
  ["is not without controversy", "is free of controversy", "altered"],
  ["is not without controversy", "is uncontroversial", "altered"],
  ["without considering", "while considering", "altered"],
  ["without considering", "after considering", "altered"],
  ["failure to address", "success in addressing", "altered"],
  ["failure to address", "efforts to address", "altered"],
  ["failure to address", "failure to take into account", "paraphrase"],
];
