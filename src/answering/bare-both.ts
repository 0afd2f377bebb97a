// "both" with nothing after it ("does russia have links to both or what", "is the kremlin friends with both?",
// "does it talk to both of them?"): the two sides the message has just named, read as "both sides". Left bare,
// "both" is a stop word and the question reads as ties alone, found by the one party it names last ("…friends
// with israel… links to both" → Russia's ties to Israel only), where the article's answer covers both sides.

/** "both" ending its clause, or followed only by "of them", "or what", "then", "too", "equally". */
const BARE_BOTH =
  /(?<!\p{L})both(?:\s+of\s+them)?(?=\s*(?:$|[?!.,;]|or(?!\p{L})|then(?!\p{L})|too(?!\p{L})|equally(?!\p{L})|at\s+once(?!\p{L})))/giu;

/** The question with a bare "both" read as "both sides". */
export function withBothSides(text: string): string {
  return text.replace(BARE_BOTH, "both sides");
}

/**
 * "the two sides" after a word of stance ("what's russia's position on the two sides?", "its attitude towards the
 * two sides"): the warring sides, read as "both sides" so the Kremlin's contact with both answers, not the talks
 * between them (quality26). "who are the two sides" keeps its words (the parties).
 */
const STANCE_TWO =
  /\b((?:position|stance|attitude|approach|view|policy|line|relations?|ties|dealings)\s+(?:on|to|towards?|toward|regarding|with))\s+the\s+two\s+(?:(?:warring|fighting|opposing)\s+)?(?:sides|parties|camps)\b/gi;

/**
 * A "line" with both sides ("what's moscow's line with both sides", "the kremlin's line towards the two warring
 * sides"): its approach to them, the Kremlin's contact with both. Read as typed, "line" (a policy) beside "both sides"
 * found the talks between the sides (quality34). "the two sides fighting" / "at war" are the warring sides.
 */
const LINE_WITH_BOTH = /\bline\s+(?:with|to|towards?|toward|on)\s+(?=both\s+sides\b)/gi;
const TWO_SIDES_FIGHTING = /\bthe\s+two\s+(sides|parties)\s+(?:fighting|at\s+war|in\s+the\s+war)\b/gi;

/** The question with "the two sides" after a stance read as "both sides". */
export function withTwoSidesAsBoth(text: string): string {
  return text
    .replace(TWO_SIDES_FIGHTING, "the two warring $1")
    .replace(STANCE_TWO, "$1 both sides")
    .replace(LINE_WITH_BOTH, "approach to ");
}
