// Kind (dialog-r2-32b): a stance on "the idea of X" / «идею X» is a stance on X — "did erdogan support the idea of a
// ceasefire?", «эрдоган поддержал идею прекращения огня?». The word "idea" drew other entries (the US response, the
// Palestinian state) or left the engine unsure, where the same question without it reads right. The idea word is
// dropped after a verb (or preposition) of a stance; X keeps its own words (Russian: the genitive, which the engine
// and the verdict readers read as the noun). "what is the idea of the quartet" (its purpose) is not a stance: kept.

const STANCE_EN =
  "(?:support\\p{L}*|back\\p{L}*|endors\\p{L}*|favou?r\\p{L}*|like[sd]?|liking|welcom\\p{L}*|embrac\\p{L}*|reject\\p{L}*|oppos\\p{L}*|agree\\p{L}* (?:with|to)|push\\p{L}* for|push\\p{L}*|propos\\p{L}*|suggest\\p{L}*|rais\\p{L}*|float\\p{L}*|open to|keen on|against|for|behind)";
const IDEA_EN = new RegExp(
  `(?<!\\p{L})(${STANCE_EN}) (?:the |this |that )?(?:whole )?(?:idea|notion|concept|proposal) of (?!(?:it|this|that|them)(?!\\p{L}))`,
  "giu",
);
const STANCE_RU =
  "(?:поддерж\\p{L}*|одобр\\p{L}*|приветств\\p{L}*|выступ\\p{L}* за|выступ\\p{L}* против|за|против|соглас\\p{L}* с|отверг\\p{L}*|отвер\\p{L}*|предлож\\p{L}*|продвига\\p{L}*|выдвину\\p{L}*|озвучи\\p{L}*|разделя\\p{L}*)";
const IDEA_RU = new RegExp(
  `(?<!\\p{L})(${STANCE_RU}) (?:саму |самой |эту |этой )?(?:идею|идеи|идея|идее|идеей|предложение|предложения) (?!(?:это|этого|его|их)(?!\\p{L}))`,
  "giu",
);

/** The message with "the idea of" / «идею» after a stance dropped, else null (nothing to drop or a long message). */
export function ideaAsThingOf(text: string): string | null {
  if (text.length > 300) return null;
  const out = text.replace(IDEA_EN, "$1 ").replace(IDEA_RU, "$1 ");
  return out === text ? null : out;
}
