// A want asked with the place it is for ("what does putin want to happen right now in israel/gaza", "what does
// russia want for gaza", "what does putin want to see between israel and hamas"): the place says where, not what
// is wanted. Read as typed, the two places outweighed the one "want" and the answer was where the violence is.
// The place, the time ("right now", as chat types it "rite now", "nxt") and "to happen"/"to see" after the want are
// dropped, so the want is read. Places run together ("in the israel hamas fighting", "in the israel-gaza war") and the
// fighting they set are dropped too (wave BY, quality49): left in, "hamas" was read as Hamas's own statement.

const PLACE =
  "(?:the\\s+)?(?:israel|israelis|gaza(?:\\s+strip)?|the\\s+gaza\\s+strip|palestine|palestinians|hamas|middle\\s+east|region|conflict\\s+zone)";

/** The fighting the places are the setting of: "in the israel hamas fighting", "in the israel-gaza war" (quality49). */
const SETTING = "(?:fighting|war|conflict|violence|crisis|situation|escalation|clashes|standoff|hostilities)";

/** "want(s) [to happen|to see (happen)] [right now|now|next] in|for|between <place>[/and <place>]". */
const WANT_WHERE = new RegExp(
  `\\b(wants?|wanted|wanting)(?:\\s+to\\s+(?:happen|see(?:\\s+happen)?|be\\s+done))?(?:\\s+(?:(?:right|rite)\\s+now|now|next|nxt|today|at\\s+the\\s+moment))?\\s+(?:in|for|between|with|over)\\s+${PLACE}(?:\\s*(?:/|,|&|and|or|-|vs\\.?|versus)\\s*${PLACE}|[\\s-]+${PLACE})*(?:\\s+${SETTING})?\\b`,
  "gi",
);

/** "want … to happen" without a place: "what does putin want to happen next". */
const WANT_HAPPEN = /\b(wants?|wanted)\s+to\s+happen(?:\s+(?:(?:right|rite)\s+now|now|next|nxt|today))?\b/gi;

/** The question with the place of a want dropped, or as it came. */
export function withoutWantPlace(text: string): string {
  if (!/\bwant/i.test(text)) return text;
  return text.replace(WANT_WHERE, "$1").replace(WANT_HAPPEN, "$1");
}
