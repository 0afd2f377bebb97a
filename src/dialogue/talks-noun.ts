// Kind: "talks" as a noun — "did he mention talks too?", "does putin want talks?", «…» has no such slip. The
// engine reads "talks" as a frame word (he talks = he says), so "did Putin mention talks?" found the roster of his
// words with no yes/no (wave AE, d48-18). After a verb of wanting, urging or mentioning, an article or a
// preposition, "talks" is the negotiations the article reports; it is read as "negotiations".

const TALKS_NOUN =
  /(?<=(?:^|\s)(?:mention(?:s|ed)?|brings? up|brought up|bring up|raise[sd]?|want(?:s|ed)?|push(?:es|ed)? for|call(?:s|ed)? for|urge[sd]?|support(?:s|ed)?|backs?|backed|resum\p{L}*|restart\p{L}*|renewed|new|direct|any|the|of|for|on|about|more)\s)talks(?!\p{L})/giu;

/** The message with "talks" as a noun read as "negotiations", or null when it has none. */
export function talksAsNegotiationsOf(text: string): string | null {
  TALKS_NOUN.lastIndex = 0;
  if (!TALKS_NOUN.test(text)) return null;
  return text.replace(TALKS_NOUN, "negotiations");
}
