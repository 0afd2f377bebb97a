// Who the sides are, asked with the Kremlin's contact as a clause after them ("who are the 'warring sides' the
// kremlin talks to", "who exactly are the two sides moscow is in contact with", "… both sides - which sides"): the
// question asks who the sides are. Read whole, the clause found the Kremlin's contact card, which speaks of "both
// warring sides" without naming them; read as "who are the warring sides", the card of who is fighting names them.
import { lean } from "../lib/lean-regexp.js";

/** "who (exactly) are the (two) ('both) (warring) sides …" with a clause after it. */
const WHO_ARE_SIDES = lean(
  /^\s*(?:so\s+|and\s+|ok\s+)?(?:who|which)\s+(?:exactly\s+)?(?:are|r|were)\s+(?:the|these|those|both)\s+['"‘“]?(?:two\s+)?['"‘“]?(?:both\s+)?(?:warring\s+)?(?:sides|parties)['"’”]?\s+\S.*$/i,
);
/** "… both sides - which sides", "… the warring parties: who are they". */
const WHICH_AFTER_BREAK = lean(
  /\b(?:sides|parties)\b[^-–—:?]{0,40}(?:\s[-–—]|:)\s*(?:which\s+(?:sides|parties|ones)|who\s+(?:are|r)\s+they)\s*\??\s*$/i,
);

/** The question as "who are the warring sides" when it asks who the sides of a clause about them are. */
export function asSidesAsked(text: string): string {
  if (text.length > 200) return text;
  return WHO_ARE_SIDES.test(text) || WHICH_AFTER_BREAK.test(text) ? "who are the two warring sides" : text;
}
