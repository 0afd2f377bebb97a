// Whether the fighting stays where it is ("is the crisis likely to stay limited to israel and gaza?", "will the
// war remain contained?", "could this stay confined to gaza"): the other face of the article's fear that the
// crisis may extend beyond the conflict zone (crisis-spread-fears). "limited", "contained" and "confined" are not
// the knowledge base's words, so the question was refused or unsure; read as whether it spreads beyond.

const STAY = "(?:stay|stays|remain|remains|be\\s+kept|be|keep)";
const BOUNDED =
  "(?:limited|confined|contained|restricted|localized|localised|local|isolated|within\\s+(?:its\\s+)?borders)";

/** "stay limited to X", "remain contained (within X)", "be confined to X". */
const STAY_BOUNDED = new RegExp(
  `\\b${STAY}\\s+(?:only\\s+|just\\s+|fully\\s+)?${BOUNDED}(?:\\s+(?:to|in|within)\\b)?`,
  "gi",
);

/** "stay inside X", "remain within X": a place's bounds named by the preposition alone. */
const STAY_INSIDE = new RegExp(`\\b${STAY}\\s+(?:only\\s+|just\\s+)?(?:inside|within)\\b`, "gi");

/** "stay just in Gaza", "remain only in the region": bounds named by "in" and one of the story's places. */
const STAY_IN_PLACE =
  /\b(?:stay|stays|remain|remains)\s+(?:only\s+|just\s+)?in(?=\s+(?:the\s+)?(?:gaza|israel|region|middle\s+east|area|zone)\b)/gi;

/** The question with staying bounded read as spreading beyond, or as it came. */
export function asStayContained(text: string): string {
  STAY_BOUNDED.lastIndex = 0;
  STAY_INSIDE.lastIndex = 0;
  STAY_IN_PLACE.lastIndex = 0;
  if (!STAY_BOUNDED.test(text) && !STAY_INSIDE.test(text) && !STAY_IN_PLACE.test(text)) return text;
  return text
    .replace(STAY_BOUNDED, (m) => (/\b(?:to|in|within)$/i.test(m) ? "spread beyond" : "spread"))
    .replace(STAY_INSIDE, "spread beyond")
    .replace(STAY_IN_PLACE, "spread beyond");
}
