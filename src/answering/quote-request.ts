// A request for the speaker's own words beside a question ("putin's take on america, quote him", "how does he
// feel about washington? give me the quote", "… with his own words please"): how to answer — every answer card
// carries the article's words — not what. Left in, "quote" read as a topic word and drew the speaker's card ("who
// is Putin?") instead of his stance. English; taken off only where a question is left.

const REQUEST = [
  // "quote him", "quote him directly please", "and cite them"
  "(?:and\\s+)?(?:quote|cite)\\s+(?:him|her|them|it)(?:\\s+(?:directly|exactly|verbatim|word\\s+for\\s+word))?",
  // "give me the quote", "show me his quotes", "with the exact quote"
  "(?:(?:give|show|send)\\s+(?:me|us)\\s+|with\\s+)?(?:the|his|her|their|an?)\\s+(?:exact\\s+|actual\\s+|direct\\s+)?(?:quotes?|quotations?)",
  // "with his words", "in his own words", "with quotes"
  "(?:with|in|using)\\s+(?:his|her|their|the)\\s+(?:own\\s+|exact\\s+|actual\\s+)?words",
  "with\\s+(?:quotes|quotations|citations)",
];
const POLITE = "(?:\\s+(?:please|pls|plz|thanks|too|as\\s+well))*";
/** The request at the end of the message, after a comma, dash or question mark, or alone before one. */
const AT_END = new RegExp(`(?:[,;:?!.-]|\\s)\\s*(?:${REQUEST.join("|")})${POLITE}\\s*[.!?]?\\s*$`, "i");
/** "…, quote pls", "… - exact words please", "…, a quote": the bare noun, only after a comma or a dash. */
const BARE_AT_END = new RegExp(
  `\\s*[,;:–—-]\\s*(?:(?:an?|exact|direct|actual)\\s+)?(?:quotes?|quotations?|words)${POLITE}\\s*[.!?]?\\s*$`,
  "i",
);
const AT_START = new RegExp(`^\\s*(?:${REQUEST.join("|")})${POLITE}\\s*[,:;-]\\s*`, "i");
/** A question is left: a question word, or a speaker's stance named by a possessive ("putin's take on …"). */
const ASKS =
  /\b(?:what|whats|who|whom|whose|why|how|where|which|when|does|did|do|is|are|was|were)\b|\w'?s\s+\w+\s+(?:on|of|about|towards?)\b/i;

/** The question without a request for the speaker's own words beside it, or as it came. */
export function withoutQuoteRequest(text: string): string {
  if (text.length > 300 || !/\b(?:quot|cite|words)/i.test(text)) return text;
  const bare = text.replace(AT_END, "").replace(BARE_AT_END, "").replace(AT_START, "").trim();
  if (bare === text.trim() || !ASKS.test(bare)) return text;
  return /[?]$/.test(bare) ? bare : `${bare}?`;
}
