// Opposition asked of a thing rather than a party ("is putin against palestinian independence?", "is russia
// opposed to a ceasefire", "does the kremlin oppose talks"): the stance is asked, and the article gives it as what
// the voice supports (Putin acknowledges the need for a Palestinian state, calls for a ceasefire and talks). Read as
// typed, "against" drew Putin's criticism of the United States. Read as "what is X's stance on Y" (a wh-question:
// an entry's own "Yes." opening, which answers "does he support it", is not shown); against a party ("is
// putin against the united states", "is russia against hamas") stays whom the voice criticises.
import { lean, leanRegExp } from "../lib/lean-regexp.js";

/** The voices whose stance is asked. */
const VOICE =
  "(?:vladimir\\s+)?putin|russia|moscow|the\\s+kremlin|kremlin|peskov|erdogan|turkey|the\\s+(?:russian|turkish)\\s+(?:president|leader|government|foreign\\s+ministry)|the\\s+foreign\\s+ministry";
const IS_AGAINST = leanRegExp(
  `^\\s*(?:is|are|was|were)\\s+(${VOICE})\\s+(?:really\\s+|actually\\s+|even\\s+)?(?:against|opposed\\s+to|anti)\\s+(.+?)\\s*[?.!]*\\s*$`,
  "i",
);
const DOES_OPPOSE = leanRegExp(
  `^\\s*(?:does|did|do)\\s+(${VOICE})\\s+(?:really\\s+|actually\\s+)?oppose\\s+(.+?)\\s*[?.!]*\\s*$`,
  "i",
);
/** An object that is a party (or a person): opposing it is criticism, which the article reports. */
const PARTY_ONLY = lean(
  /^(?:the\s+)?(?:u\.?s\.?a?|united\s+states|america|americans|washington|the\s+west|west|israel|israelis|hamas|palestinians|gaza|turkey|erdogan|peskov|putin|russia|moscow|the\s+kremlin|kremlin|biden|netanyahu|americans?|us\s+government|american\s+government|us\s+policy|american\s+policy|the\s+us\s+policy)$/i,
);

/** The question read as the voice's stance on the thing, or as it came. */
export function asAgainstThing(text: string): string {
  if (text.length > 200) return text;
  const m = IS_AGAINST.exec(text) ?? DOES_OPPOSE.exec(text);
  if (!m?.[1] || !m[2] || m[2].length > 60 || PARTY_ONLY.test(m[2].trim())) return text;
  return `what is ${m[1]}'s stance on ${m[2]}`;
}
