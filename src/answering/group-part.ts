// Russia's part in a group or format on the conflict, asked in everyday words ("is russia part of any group that
// works on israeli-palestinian talks?", "does moscow take part in some international format on this conflict", "is
// russia in any mediation club for the middle east?"): the article's one such group is the Quartet, which Russia
// is in; read as "is russia part of the quartet" (its members answer). Read as typed, the question stayed unsure
// between the Quartet, Russia's role and its ties (wave AE, blind-ru48's kind). A group on another topic ("a group
// on climate change") has no story word and stays as typed, so the gate still refuses it.

const PARTY = /\b(?:russia|moscow|kremlin|russians)\b/i;
/** Taking part, right before the group's word ("part of any group", "take part in some international format"). */
const IN_GROUP =
  /\b(?:part\s+of|members?\s+of|belongs?\s+to|in|participat\w*\s+in|takes?\s+part\s+in|took\s+part\s+in|sits?\s+(?:in|on)|involved\s+in|join(?:ed|s)?)\s+(?:(?:any|some|a|an|the|one|kind\s+of|sort\s+of)\s+)*(?:[\w-]+\s+){0,2}?(?:group(?:ing)?s?|formats?|forums?|bod(?:y|ies)|clubs?|frameworks?|mechanisms?|coalitions?|organi[sz]ations?|alliances?|blocs?|initiatives?|panels?)\b/i;
/** An armed group or Russia's ties with one is another question (its ties with Hamas). */
const NOT_MEMBERSHIP =
  /\b(?:armed|militant|terror\w*|ties|links|relations\w*|contacts?|support\w*|backs?|funds?)\b/i;
const STORY =
  /\b(?:israel\w*|palestin\w*|middle\s+east|mideast|conflict|peace|talks|negotiations?|mediat\w*|settlement|war|gaza)\b/i;

/** The question as "is russia part of the quartet", or as it came. */
export function asGroupPart(text: string): string {
  if (text.length > 160 || /\bquart/i.test(text)) return text;
  if (!/^\s*(?:so\s+|and\s+)?(?:is|was|does|did|has|are)\b/i.test(text)) return text;
  return PARTY.test(text) && IN_GROUP.test(text) && !NOT_MEMBERSHIP.test(text) && STORY.test(text)
    ? "is russia part of the quartet"
    : text;
}
