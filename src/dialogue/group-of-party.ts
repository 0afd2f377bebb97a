// Kind (dialog49, d114-14#2): the group a party is part of, asked with a wh-word — "what group is it part of?" after
// Russia's disputed role, "what group is moscow in?", "which body does russia belong to?". The engine read "group"
// beside Russia as Hamas (Russia's ties with "Palestinians, including Hamas") and answered the Hamas card; "which group
// is russia a member of?" finds the Quartet's members. Read in that plainer form for Russia, Moscow and the Kremlin,
// as typed or as the pronoun reading puts them ("it" after Russia's role is "Moscow": dialogue-context.ts reads the
// resolved question through this too); another party ("it" after Hamas) is left as it is. Text in, text out.
import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";

const GROUP_OF = new RegExp(
  `^(?:(?:so|and|but|ok|okay|then)[, ]+)?(?:what|which) (?:kind of |sort of )?(?:group|grouping|body|bloc|format|forum|club|coalition|alliance|organi[sz]ation|framework) (?:is|does|did|was) (${namesAlternation(voiceNames(RUSSIA_AS_PARTY, "en"))}) (?:a )?(?:part of|in|a member of|member of|belong to|belongs to|sit in|sits in|take part in|participate in|involved in)\\s*\\?*$`,
  "iu",
);

/** "what group is it part of?" as "which group is it a member of?", or null. */
export function groupOfPartyAsked(text: string): string | null {
  const m = GROUP_OF.exec(text.trim());
  const party = m?.[1];
  if (!party) return null;
  return `which group is ${party} a member of?`;
}
