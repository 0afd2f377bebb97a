// Kind (dialog40, own17-en-09): direct talks asked "between the two sides" — "the ministry doesn't want direct talks
// between the two sides, does it?", "does moscow call for direct dialogue between both sides?". The Foreign
// Ministry's call is "direct Palestinian-Israeli dialogue"; "the two sides" read as a pair of its own found the peace
// talks card and the checker's "doesn't say so in those words". The two sides of direct talks are the article's two
// peoples, so they are put so ("between Israelis and Palestinians"), and the usual verdict path reads the call.
// "Between the parties" and "the two sides to negotiate directly" are the same call; a mention of "direct talks"
// asked is of the article's "direct … dialogue" (dialog41). Text in, text out.

const TWO_SIDES =
  /(?<=(?<!\p{L})direct (?:talks|dialogue|negotiations|contacts?) )between (?:the two|both(?: the)?|the warring|the two warring|the opposing|both warring|the) (?:sides|parties)(?!\p{L})/iu;
/** "the two sides to negotiate directly", "the parties talking directly" (dialog41): the same call as a verb. */
const SIDES_DIRECTLY =
  /(?<!\p{L})(?:the two|both(?: the)?|the warring|the opposing|the) (?:sides|parties) (?:to )?(?:negotiat|talk|speak)\p{L}* directly(?: (?:with each other|to each other|with one another))?(?!\p{L})/iu;

/** "does the article mention direct talks …?": whether its words are there, asked of a mention (dialog41). */
const MENTION =
  /^(?:(?:and|so|but|ok|okay)[, ]+)?(?:does|did) (?:it|the (?:article|story|piece|text|report)) (?:(?:ever|even|also|actually) )?(?:mention|bring up|refer to|talk about|say anything about|discuss)(?!\p{L})/iu;
const DIRECT_TALKS = /(?<!\p{L})direct (?:talks|negotiations)(?!\p{L})/iu;

/** The message with direct talks' "two sides" named as the article's two peoples, else null. */
export function twoSidesDialogueOf(text: string): string | null {
  if (text.length > 200) return null;
  const sides = SIDES_DIRECTLY.test(text)
    ? text.replace(SIDES_DIRECTLY, "direct talks between Israelis and Palestinians")
    : TWO_SIDES.test(text)
      ? text.replace(TWO_SIDES, "between Israelis and Palestinians")
      : null;
  // A mention asked is of the article's own word: "direct talks" there is its "direct … dialogue" (a No had
  // denied the mention for the word "talks").
  const typed = sides ?? text;
  if (MENTION.test(typed) && DIRECT_TALKS.test(typed)) return typed.replace(DIRECT_TALKS, "direct dialogue");
  return sides;
}
