// Where a party comes in ("and where does the eu come into this?", "where does the un fit in", "how does turkey
// figure in the story", "what does the european union have to do with it"): the idiom asks the party's part in the
// story, read so ("what is the eu's role"). Read as typed, "where" asked a place and "come" was a word of the
// spread, so the EU found "could the conflict spread" or stayed unsure (quality27, blind-ru50's «а евросоюз тут при
// чём» in English). Only the idiom with one to three words of a party and the story's glue: anything more stays as
// typed.
// (quality-r2-27) The story may be named in more words ("how does the eu fit into this whole affair", "where does
// the un come into the entire situation"): a "whole"/"entire" and the story's everyday nouns (affair, situation,
// business, mess, saga, crisis) were not the story's glue, and the question stayed unsure.

const PARTY = String.raw`((?:the\s+)?[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2}?)`;
/** What the party would come into: the story, the article, this. */
const STORY = String.raw`(?:\s+(?:in|into|to|with))?(?:\s+(?:it|here|all\s+(?:of\s+)?(?:this|that|it)|(?:this|that|the)(?:\s+(?:whole|entire))?(?:\s+(?:story|article|picture|conflict|text|piece|affair|situation|business|mess|saga|crisis|thing|news))?))?`;
const TAIL = String.raw`(?:\s+(?:exactly|at\s+all|then))?\s*[?.!]*\s*$`;
const LEAD = String.raw`^\s*(?:(?:so|and|but|ok|okay|then)\s*,?\s+)*`;

const SHAPES = [
  // "where does the eu come in(to this)", "where does the un fit in", "how does turkey figure in this"
  new RegExp(
    String.raw`${LEAD}(?:where|how)\s+(?:does|do|did)\s+${PARTY}\s+(?:come\s+in(?:to)?|fit\s+in(?:to)?|fit|figure(?:\s+in(?:to)?)?)${STORY}${TAIL}`,
    "i",
  ),
  // "what does the eu have to do with this", "what has the un got to do with it"
  new RegExp(
    String.raw`${LEAD}what\s+(?:does|do|did|has|have)\s+${PARTY}\s+(?:got\s+)?(?:to\s+)?(?:have\s+)?to\s+do\s+with${STORY}${TAIL}`,
    "i",
  ),
];

/** Words that are the question's own, never a party ("where does it come in", "how does this fit"). */
const NOT_PARTY = /^(?:it|this|that|he|she|they|them|what|which|who|all|everything|anything)$/i;

const MAX_LENGTH = 100;

/** The question as "what is <party>'s role", or as it came. */
export function asPartyPart(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  for (const shape of SHAPES) {
    const party = shape.exec(text)?.[1];
    if (party !== undefined && !NOT_PARTY.test(party)) return `what is ${party}'s role`;
  }
  return text;
}
