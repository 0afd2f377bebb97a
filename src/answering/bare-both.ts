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
