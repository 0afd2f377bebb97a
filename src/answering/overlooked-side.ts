// The side the US overlooked, asked by "which side / group / people" ("which side does putin say the americans
// ignored", "which group does putin say washington's policy passed over", "what people did the us leave out, per
// putin"): the Palestinians, whose aspirations Putin says US policy overlooked. Read as typed, "side" met the
// card on compromises acceptable to "both sides" and the monopoly card answered; "passed over" was unknown words
// (quality40). Read as "whose aspirations did the us overlook". Only with the US (or its policy) as the one
// overlooking and a verb of neglect, so "which side does russia support" keeps its words.

/** "which side", "what group", "which people", "whose side", "which party". */
const WHICH =
  /\b(?:which|what|whose)\s+(?:side|sides|group|groups|people|peoples|party|parties|nation|population|community)\b|\bwhom?\s+(?:did|does|do|has|have|had)\b/i;
/** The US as the one overlooking, a few words before the verb ("the americans ignored", "washington's policy passed
 * over"); a bare lower-case "us" is the pronoun ("my professor gave us this piece … forgot"). */
const US_NEGLECTED =
  /(?:\b(?:the\s+us|the\s+u\.s\.?|usa|america|american|americans|washington|united\s+states|yanks|yankees|white\s+house))(?:'s)?\s+(?:[\w']+\s+){0,3}?(?:ignor\w*|overlook\w*|neglect\w*|pass(?:es|ed)?\s+over|passing\s+over|le(?:ft|ave|aves|aving)\s+out|forg[oe]t\w*|sideline\w*|disregard\w*|brush(?:ed|es)?\s+aside|let\s+down)\b|(?:the\s+us|america|americans|washington|united\s+states|yanks|yankees)\s+fail(?:ed|s)?\b(?!\s+(?:policy|to))/iu;

/** Another outcome than whom the US overlooked (who blames it, who the US supports, the failed policy itself). */
const OTHER =
  /\b(?:blame\w*|support\w*|backs?|favou?r\w*|side\s+with|sides\s+with|ties|links|call\w*|phone\w*|talk\w*\s+to|compromis\w*|monopol\w*)\b/i;

/** The question as "whose aspirations did the us overlook", or as it came. */
export function asOverlookedSide(text: string): string {
  if (
    text.length > 160 ||
    !WHICH.test(text) ||
    !US_NEGLECTED.test(text.replace(/\b(?:the\s+)?US\b/gu, "the us"))
  )
    return text;
  if (OTHER.test(text)) return text;
  return "whose aspirations did the us overlook";
}
