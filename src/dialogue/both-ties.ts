// Kind: "both" standing for the two sides' ties just asked about — "why does having both matter to moscow" after
// "does russia talk to hamas?" and "and with israel?", «зачем москве и те и другие?». Alone, "having both" names
// nothing the engine can place ("not sure which"); the ties to both sides are the article's ground for Moscow's
// image as an impartial mediator. Read as "ties with both sides" where the last question asked of ties or talks
// with a side; "both sides", "both camps" and the like are left as typed.
import { lean } from "../lib/lean-regexp.js";
import type { DialogueContext } from "./types.js";

const BARE_BOTH_EN = lean(
  /(?<!\p{L})(having|keeping|maintaining|with|to) both(?! (?:sides?|camps?|parties|partners|of|countries|nations|groups|israel\p{L}*|palestin\p{L}*|hamas|the|them)(?!\p{L}))(?!\p{L})/u,
);
const BARE_BOTH_RU = lean(
  /(?<!\p{L})(?:и те,? и другие|и тех,? и других|обе(?:их)?)(?! (?:сторон\p{L}*|сторонами|сторонам|стран\p{L}*|сил\p{L}*|лагер\p{L}*)(?!\p{L}))(?!\p{L})/u,
);
/** The last question asked of ties or talks with a side ("does russia talk to hamas", "and with israel"). */
const TIES_ASKED =
  /(?<!\p{L})(?:ties?|links?|relations?\p{L}*|contacts?|talks?|talking|communicat\p{L}*|in touch|связ\p{L}*|контакт\p{L}*|отношени\p{L}*|общает\p{L}*|общаться|разговарива\p{L}*)(?!\p{L})/u;

/** The message with "both" read as the ties with both sides, or null when it is no such follow-up. */
export function bothTiesOf(text: string, context: DialogueContext | null | undefined): string | null {
  if (!context?.question || text.length > 80 || !TIES_ASKED.test(context.question.toLowerCase())) return null;
  const folded = text.toLowerCase().replace(/ё/gu, "е");
  if (BARE_BOTH_EN.test(folded)) return folded.replace(BARE_BOTH_EN, "$1 ties with both sides");
  if (BARE_BOTH_RU.test(folded)) return folded.replace(BARE_BOTH_RU, "связи с обеими сторонами");
  return null;
}
