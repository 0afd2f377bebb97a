// The Quartet's other members asked with Russia set aside ("besides russia which bodies were in the group for
// israeli-palestinian negotiations?", "apart from moscow, who else sat in the quartet?", "who were russia's partners
// in the quartet"): the Quartet's members, whose card names the United States, the United Nations and the European
// Union beside Russia. Read as typed, "besides" was glue and "bodies", "sat" or "partners" weighed against the
// card, so the question stayed unsure between the Quartet's members, its purpose and Russia's ties (quality40).
// Only when a group word (or the Quartet) stands with the conflict's talks or the Quartet itself, so "besides
// russia, who wants a ceasefire?" keeps its words and "a group on climate" stays other-group.ts's refusal.

/** Russia set aside: "besides russia", "other than moscow", "apart from the russians", "except the kremlin". */
const SET_ASIDE =
  /\b(?:besides|beside|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|excluding|not\s+counting|in\s+addition\s+to|along\s*side|alongside|together\s+with|as\s+well\s+as)\s+(?:the\s+)?(?:russia|moscow|kremlin|russians|russian\s+federation)\b/i;
/** Russia's fellow members asked: "russia's partners in", "who was with russia in". */
const PARTNERS =
  /\b(?:russia'?s|moscow'?s|kremlin'?s)\s+(?:partners?|fellow\s+members?|co-?members?|companions?|allies)\s+(?:in|on|of)\b|\bwho\s+(?:else\s+)?(?:was|were|is|are|sat|sits)\s+(?:in\s+it\s+)?(?:with|beside|next\s+to)\s+(?:russia|moscow)\b/i;
/** Who or what is asked. */
const ASKS = /\b(?:which|who|whom|what|name|list|tell\s+me)\b/i;
/** The group: the Quartet by name, or a group word. */
const QUARTET = /\bquart\w*/i;
const GROUP =
  /\b(?:group(?:ing)?s?|formats?|forums?|bod(?:y|ies)|clubs?|coalitions?|organi[sz]ations?|alliances?|blocs?|panels?|members?|membership)\b/i;
/** What the group is on: the talks, the peace process, the conflict; or its forming. */
const STORY =
  /\b(?:israel\w*|palestin\w*|middle\s+east|mideast|conflict|peace|talks|negotiations?|mediat\w*|settlement|formed|set\s+up|created|facilitat\w*)\b/i;
/** Ties, support or the fighting: another question than membership. */
const NOT_MEMBERSHIP =
  /\b(?:armed|militant|terror\w*|ties|links|relations\w*|contacts?|support\w*|backs?|funds?|fight\w*|blame\w*|wants?)\b/i;

/** The question as "who is in the quartet", or as it came. */
export function asOtherMembers(text: string): string {
  if (text.length > 200 || !ASKS.test(text) || NOT_MEMBERSHIP.test(text)) return text;
  if (!SET_ASIDE.test(text) && !PARTNERS.test(text)) return text;
  const group = QUARTET.test(text) || (GROUP.test(text) && STORY.test(text));
  return group ? "who is in the quartet" : text;
}
