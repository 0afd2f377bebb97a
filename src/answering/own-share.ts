// Russia's own share of the blame asked with whether Putin spoke of it ("isn't russia kind of also responsible?
// … did putin address it at all", "russia sat in the quartet too, so does it share the blame? did putin say
// anything about that?"): the article's answer is that Putin makes no mention of Russia's own role in the peace
// process (putin-silent-on-russia-role). Read as typed, "blame" and "responsible" drew whom Putin blames. Both parts
// must stand: Russia's share without Putin addressing it stays a blame question.

/** Russia (or "it" after the Quartet) held partly to blame. */
const RUSSIA_SHARE =
  /\b(?:russia|moscow|the\s+kremlin|it|they)\b[^?.!]{0,40}?\b(?:responsib\w*|to\s+blame|share[sd]?\s+(?:(?:the|some|any|part\s+of\s+the)\s+)?(?:blame|responsib\w*|guilt)|complicit|(?:partly|also|partially)\s+at\s+fault|at\s+fault\s+too|accountab\w*|guilty)/i;

/** Putin (or "he") asked to have spoken of it. */
const PUTIN_ADDRESSED =
  /\b(?:did|does|has)\s+(?:putin|he|the\s+russian\s+(?:president|leader))\s+(?:\w+\s+){0,2}?(?:address\w*|mention\w*|say\s+(?:anything|something|a\s+word|much)|talk\w*\s+about|bring\w*\s+(?:it|that|this)\s+up|acknowledg\w*|admit\w*|own\s+up|comment\w*|touch\w*\s+on)\b/i;

/** The question read as whether Putin mentioned Russia's own role, or as it came. */
export function asOwnShare(text: string): string {
  if (text.length > 500) return text;
  const t = text.replace(/[\u2018\u2019]/g, "'");
  if (!RUSSIA_SHARE.test(t) || !PUTIN_ADDRESSED.test(t)) return text;
  return "did putin mention russia's own role in the peace process";
}
