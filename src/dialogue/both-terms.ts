// Kind (dialog-r2-32b): "is russia on good terms with both sides?", "so moscow gets along with both camps?", "does
// russia get on with both israel and the palestinians" — Russia's standing with both sides, which the article
// gives as the Kremlin's open communication with both warring sides (and the relationships with both it points
// to). The engine read "good terms"/"get along" as the neutrality question (the article gives no verdict on that).
// Read as the contact question ("on speaking terms with both" reads so already); only with both sides named as
// both (or Israel and the Palestinians/Hamas) and Russia (or a pronoun for it after a turn about it) as subject.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { lean } from "../lib/lean-regexp.js";

/** Russia (the voices table's party names and people, voices46), Putin, or a pronoun for either. */
const SUBJECT = namesAlternation([
  ...voiceNames(RUSSIA_AS_PARTY, "en", "people"),
  ...voiceNames(["putin"], "en"),
  "they",
  "it",
]);
const TERMS =
  "(?:on (?:good|friendly|decent|ok|okay|good speaking|talking|speaking) terms|(?:get|gets|getting) (?:along|on)|friendly|friends|(?:has|have) (?:good )?(?:relations|ties|a relationship|relationships))";
const BOTH =
  "(?:both (?:sides|camps|parties|of them|warring sides|israel and (?:hamas|the palestinians|palestine))|both israelis and palestinians|israel and (?:hamas|the palestinians) both)";
const BOTH_TERMS = lean(
  new RegExp(
    `^(?:(?:so|and|but|ok|okay|well|wait) )?(?:(?:is|are|does|do) )?${SUBJECT}(?: (?:is|are|does))? (?:(?:actually|really|still) )?${TERMS} with ${BOTH}(?: (?:then|really|actually|at all))?$`,
    "u",
  ),
);

/** "is russia on good terms with both sides?" as the contact-with-both question, else null. */
export function bothTermsOf(text: string): string | null {
  if (text.length > 140) return null;
  const q = text
    .trim()
    .toLowerCase()
    .replace(/[,?!.…\s]+$/u, "")
    .replace(/[,]/gu, "")
    .replace(/\s+/gu, " ");
  return BOTH_TERMS.test(q) ? "is the kremlin in contact with both sides?" : null;
}
