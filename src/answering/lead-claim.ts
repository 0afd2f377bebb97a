// A claim that Putin said Russia should lead or head the peace effort ("putin said russia should lead the peace
// talks, true?", "did putin say moscow must be the main mediator?"): the article says he made no mention of
// Russia's own role at all. Read as typed, "lead" was unknown and the card was who Putin is. Read as whether Putin
// mentioned Russia's own role, whose card answers "No." with his silence.

const PUTIN = /\b(?:putin|the\s+russian\s+(?:president|leader))\b/i;
/** Putin's saying, claiming or wanting, before Russia's lead. */
const SAID =
  /\b(?:said|says|say|claimed|claims|claim|insisted|insists|argued|argues|suggested|suggests|wants|want|called\s+for|proposed|demanded|declared|stated)\b/i;
const RUSSIA_LEADS =
  /\b(?:russia|moscow|the\s+kremlin|kremlin|his\s+country|itself)\b.{0,30}?\b(?:lead|leads|head|heads|run|runs|chair|steer|be\s+in\s+charge|take\s+(?:charge|the\s+lead|over)|be\s+the\s+(?:main|chief|lead|leading|only|sole)\s+(?:mediator|broker|negotiator)|(?:a\s+|the\s+)?lead(?:ing)?\s+role)\b/i;

/** The question read as whether Putin mentioned Russia's own role, or as it came. */
export function asLeadClaim(text: string): string {
  if (text.length > 200 || !PUTIN.test(text) || !SAID.test(text) || !RUSSIA_LEADS.test(text)) return text;
  return "did putin mention russia's own role";
}
