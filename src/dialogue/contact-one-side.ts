// Kind (verdict47; verdict46's leftover): the Kremlin's contact with one warring side asked on the contact card —
// "is it true that the kremlin talks to hamas?", "is it true the kremlin is in contact with hamas?", "… communicates
// with israel?". The article: the Kremlin "maintains open communication with both warring sides" (Hamas and the
// Israeli military, paragraph 1), so contact with either is Yes. The claim checker read "Hamas" as replacing "both
// warring sides" (a No), while "does the kremlin talk to hamas?" was Yes on the ties card. A side asked alone ("only",
// "just", "not israel") keeps the checker's reading. Stand-alone; contact-with-side.ts reads the same after a turn.
import type { Answer } from "../answering/types.js";
import { CONTACT_EN } from "./contact-with-side.js";
import { restrictsWithOnly } from "./restrictive-only.js";

const CONTACT_CARD = "kremlin-contact-both-sides";
/** The Kremlin's (Russia's, Moscow's) contact with Hamas or Israel (contact-matter.ts reads what follows it). */
export const ASKED_EN = new RegExp(
  `(?<!\\p{L})(?:the kremlin|kremlin|russia|moscow) (?:(?:is|does|really|actually|also|still) )*${CONTACT_EN} (?:to|with) (?:hamas|israel|the israelis|the israeli (?:military|army|government))(?!\\p{L})`,
  "u",
);
const TURNS =
  /(?<!\p{L})(?:not|never|no longer|instead|rather than|but not|alone|exclusively|secretly)(?!\p{L})/u;

/** "is it true that the kremlin talks to hamas?" on the contact card: Yes. */
export function contactWithOneSide(text: string, answer: Answer): boolean {
  return answer.answered && answer.entry?.id === CONTACT_CARD && asksContactWithOneSide(text);
}

/** The Kremlin's (Russia's, Moscow's) contact with Hamas or Israel asked, not as the only one. */
export function asksContactWithOneSide(text: string): boolean {
  const folded = text.toLowerCase();
  if (folded.length > 120 || restrictsWithOnly(folded) || TURNS.test(folded)) return false;
  return ASKED_EN.test(folded);
}
