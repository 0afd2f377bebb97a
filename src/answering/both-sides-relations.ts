// Russia's relationship with "both sides" / "each side" / "the two sides" ("whats russias relationship w both
// sides, short pls", "how does russia get along with both sides"): the asker wants both relationships the article
// gives, not one. Read as typed, "relationship" (= ties) drew the Palestinian-ties card alone or left the Israeli
// and Palestinian ties cards tied (refused as ambiguous). Read as the relationships Moscow highlights with both,
// which the impartial-mediator card gives: ties with the Palestinians, Hamas included, and common ground with Israel.
// So is whom Russia has relations with, asked open ("who does russia actually have relations with", "which sides is
// moscow on good terms with"): the article gives two, not the Palestinian ties alone (quality-en44).

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { lean, leanRegExp } from "../lib/lean-regexp.js";

const RELATION = lean(
  /\b(?:relationships?|relations|ties|links|connections?|dealings|get(?:s|ting)?\s+along|standing)\s+(?:w\/?|with|to)\s+(?:both|each|either|the\s+two|the\s+2|two|all)(?:\s+(?:of\s+the|warring|the))?\s+(?:sides?|parties|camps)\b/i,
);
/** Russia by any of its names, the side whose relations an open question asks: the voices table's party names and
 * people, and Putin (voices46). */
const RUSSIA = namesAlternation(
  [...voiceNames(RUSSIA_AS_PARTY, "en", "people"), ...voiceNames(["putin"], "en")],
  "\\s+",
);
const TIES =
  "(?:relations|relationships?|ties|links|connections|contacts|dealings|friends|allies|(?:on\\s+)?(?:good\\s+)?terms)";
/** "who does russia (actually) have relations with", "whom is moscow on good terms with", "which sides does the kremlin have ties to". */
const WHOM_RELATED = leanRegExp(
  `\\b(?:who|whom|which\\s+(?:sides?|parties|countries|groups|nations|peoples?))\\s+(?:exactly\\s+|actually\\s+|really\\s+)?(?:(?:does|do|did|is|are)\\s+)?${RUSSIA}\\s+(?:is\\s+|are\\s+|was\\s+)?(?:actually\\s+|really\\s+|still\\s+)?(?:(?:have|has|had|keep|keeps|maintain|maintains|enjoy|enjoys)\\s+(?:any\\s+|good\\s+|close\\s+|real\\s+)?(?:long[-\\s]?standing\\s+|longtime\\s+|long[-\\s]time\\s+|old\\s+|historic(?:al)?\\s+|deep\\s+|strong\\s+)?)?${TIES}\\s+(?:with|to)\\b`,
  "i",
);

/** "who russia is friendly with", "who does moscow stay on good terms with", "whom is the kremlin tight with"
 * (quality52): whom Russia is friendly with, asked open, is the same two relationships. */
const WHOM_FRIENDLY = leanRegExp(
  `\\b(?:who|whom|which\\s+(?:sides?|parties|countries|groups))\\s+(?:exactly\\s+|actually\\s+|really\\s+)?(?:(?:does|do|did|is|are|was)\\s+)?${RUSSIA}\\s+(?:is\\s+|are\\s+|was\\s+)?(?:actually\\s+|really\\s+|still\\s+)?(?:friendly|friends|close|tight|cozy|cosy|pally|allied|buddies|on\\s+good\\s+terms|stays?\\s+(?:on\\s+good\\s+terms|friendly|close|in\\s+touch)|keeps?\\s+in\\s+touch|gets?\\s+along|sides?|siding)\\s+with\\b`,
  "i",
);

/** "how is moscow juggling both sides", "how does the kremlin balance the two sides": its dealings with both (the
 * relationships it highlights) rather than the talks it wants (dialog48's "deal with the two sides" drew the
 * negotiations card). */
const BOTH_SIDES =
  "(?:(?:both|each|either|the\\s+two|the\\s+2|two|all)(?:\\s+(?:of\\s+the|warring|fighting|the))?|the\\s+(?:warring|fighting))\\s+(?:sides?|parties|camps)";
const HANDLES_BOTH = leanRegExp(
  `\\bhow\\s+(?:does|do|did|is|are|was|will|would)\\s+${RUSSIA}\\s+(?:manage|managing|balance|balancing|juggle|juggling|play)\\s+${BOTH_SIDES}\\b`,
  "i",
);

/** "how does the kremlin deal with the two warring sides", "how does russia treat the warring parties", "the kremlin's
 * approach to the two fighting sides": what it does with them, which is the open communication it keeps with both
 * (quality-r2-33; the relationships it highlights answered it before, wave AX's miss). */
const DEALS_WITH_BOTH = leanRegExp(
  `\\b(?:how\\s+(?:does|do|did|is|are|was|will|would)\\s+${RUSSIA}\\s+(?:handle|handling|handles|deal\\s+with|dealing\\s+with|deals\\s+with|treat|treating|treats|approach|approaching|engage\\s+with|engaging\\s+with|work\\s+with|working\\s+with)|${RUSSIA}(?:'s|s)?\\s+approach\\s+(?:to|towards?))\\s+(?:${BOTH_SIDES}|israel\\s+and\\s+hamas|hamas\\s+and\\s+israel)\\b`,
  "i",
);

/** "so basically russia says it's friends with everyone over there?", "moscow gets along with everybody in the
 * region?", "is russia on good terms with all sides?": friends with all is the relationships it highlights with
 * both sides (wave BS, quality42; read as typed, "friends" drew the common ground with Israel alone). */
const ALL_PARTIES =
  "(?:everyone|everybody|every\\s+side|all\\s+(?:sides|parties|of\\s+them|the\\s+(?:sides|parties|players))|both\\s+sides|each\\s+side)";
const FRIENDS_WITH_ALL = leanRegExp(
  `\\b${RUSSIA}(?:'s|\\s+(?:is|are|says?\\s+(?:it'?s|it\\s+is|they'?re)|claims?\\s+(?:it'?s|it\\s+is)|basically|really|actually|just|kind\\s+of|sort\\s+of|like))*\\s+(?:friends|friendly|pals|buddies|chummy|cozy|cosy|on\\s+(?:good|friendly|speaking)\\s+terms|gets?\\s+along|getting\\s+along|close)\\s+with\\s+${ALL_PARTIES}(?![\\p{L}'-])`,
  "iu",
);

/** The side whose relations are asked: Russia (or no one named, the story's default). "US" in capitals, or "us"
 * not after a verb or preposition ("does the piece tell us…" names no one). */
const OTHER_PARTY = lean(
  /\b(?:the\s+us|usa|america|american|washington|united\s+states|turkey|erdogan|un|eu|quartet|iran|china)\b/i,
);
const US_NAMED = lean(
  /\bUS\b|(?<!\b(?:tell|tells|told|give|gives|show|shows|let|help|remind|for|to|with|of|about)\s+)\bus\b/,
);

/** The question read as the relationships Moscow highlights with both sides, or as it came. */
export function asBothSidesRelations(text: string): string {
  if (
    text.length > 200 ||
    !(
      RELATION.test(text) ||
      WHOM_RELATED.test(text) ||
      WHOM_FRIENDLY.test(text) ||
      HANDLES_BOTH.test(text) ||
      DEALS_WITH_BOTH.test(text) ||
      FRIENDS_WITH_ALL.test(text)
    ) ||
    OTHER_PARTY.test(text) ||
    US_NAMED.test(text)
  )
    return text;
  if (DEALS_WITH_BOTH.test(text))
    return "what kind of communication does the kremlin keep with both warring sides";
  return "which relationships does moscow highlight with both israelis and palestinians";
}
