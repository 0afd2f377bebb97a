// Kind (dialog40, own17-en-09): direct talks asked "between the two sides" — "the ministry doesn't want direct talks
// between the two sides, does it?", "does moscow call for direct dialogue between both sides?". The Foreign
// Ministry's call is "direct Palestinian-Israeli dialogue"; "the two sides" read as a pair of its own found the peace
// talks card and the checker's "doesn't say so in those words". The two sides of direct talks are the article's two
// peoples, so they are put so ("between Israelis and Palestinians"), and the usual verdict path reads the call.
// Text in, text out.

const TWO_SIDES =
  /(?<=(?<!\p{L})direct (?:talks|dialogue|negotiations|contacts?) )between (?:the two|both(?: the)?|the warring|the two warring|the opposing|both warring) (?:sides|parties)(?!\p{L})/iu;

/** The message with direct talks' "two sides" named as the article's two peoples, else null. */
export function twoSidesDialogueOf(text: string): string | null {
  if (text.length > 200 || !TWO_SIDES.test(text)) return null;
  return text.replace(TWO_SIDES, "between Israelis and Palestinians");
}
