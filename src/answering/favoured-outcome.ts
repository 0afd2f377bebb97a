// "Favour" with an outcome for its object ("does it favour a palestinian state?", "is putin favouring a two-state
// solution", "does russia favor a ceasefire", "does the kremlin favour talks"): the verb means support, the stance
// entries' word. The lexicon reads "favour" as bias (knowledge/synonyms.json's =biased: "does the article favour
// russia?"), so a bare "it" with an outcome after it found the article's own view of the blame (author-view-on-blame)
// and the dialogue's checker put "Yes." on that card (quality46's leftover, asked with no context). Read as
// "support": "does it support a palestinian state?" finds Putin's acknowledgement of the need for a Palestinian state
// (palestinian-state), the article's only stance on it. Only an outcome right after the verb: a party or a side
// ("favour russia", "favour israel over the palestinians") keeps the bias reading. Bounded pattern.

const OUTCOME =
  /(?:an?\s+|the\s+)?(?:independent\s+|separate\s+|sovereign\s+)?(?:palestinian\s+state(?:hood)?|state\s+for\s+(?:the\s+)?palestinians|statehood|two[-\s]state\s+solution|ceasefire|cease-fire|truce|peace\s+(?:talks|deal|process|settlement|plan)|peace|negotiations?|talks|diplomacy|(?:a\s+)?political\s+solution|compromises?|settlement|de-?escalation|dialogue)\b/
    .source;

const FAVOUR = new RegExp(`\\b(?:favou?r(?:s|ed|ing)?|in\\s+favou?r\\s+of)\\s+(?=${OUTCOME})`, "gi");

/** "favour <outcome>" as "support <outcome>", or the text as it came. */
export function withFavourAsSupport(text: string): string {
  if (text.length > 200) return text;
  return text.replace(FAVOUR, "support ");
}
