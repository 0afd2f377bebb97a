// Russia's relationship with "both sides" / "each side" / "the two sides" ("whats russias relationship w both
// sides, short pls", "how does russia get along with both sides"): the asker wants both relationships the article
// gives, not one. Read as typed, "relationship" (= ties) drew the Palestinian-ties card alone or left the Israeli
// and Palestinian ties cards tied (refused as ambiguous). Read as the relationships Moscow highlights with both,
// which the impartial-mediator card gives: ties with the Palestinians, Hamas included, and common ground with Israel.

const RELATION =
  /\b(?:relationships?|relations|ties|links|connections?|dealings|get(?:s|ting)?\s+along|standing)\s+(?:w\/?|with|to)\s+(?:both|each|either|the\s+two|the\s+2|two|all)(?:\s+(?:of\s+the|warring|the))?\s+(?:sides?|parties|camps)\b/i;
/** The side whose relations are asked: Russia (or no one named, the story's default). */
const OTHER_PARTY =
  /\b(?:us|usa|america|american|washington|united\s+states|turkey|erdogan|un|eu|quartet|iran|china)\b/i;

/** The question read as the relationships Moscow highlights with both sides, or as it came. */
export function asBothSidesRelations(text: string): string {
  if (text.length > 200 || !RELATION.test(text) || OTHER_PARTY.test(text)) return text;
  return "which relationships does moscow highlight with both israelis and palestinians";
}
