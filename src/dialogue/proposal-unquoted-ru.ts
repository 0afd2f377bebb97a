// A Russian yes/no question whether a person the article never quotes proposed, demanded or promised anything («а
// эрдоган что-нибудь предложил?», «эрдоган что-то потребовал от путина?»): the article
// reports no word of his, so it doesn't say. Read by saying-unquoted.ts before any entry's verdict; without it the
// question drew Erdogan's who-is card with no verdict (d116-36#2, dialog51ru). Only a person (Erdogan): Russia is an
// unquoted party too, but the Kremlin's readiness to help is its offer, which the engine's verdicts settle.
import type { SpeakerNames } from "./speakers.js";

/** Verbs of proposing, demanding, promising and urging, the verb only («предложение» stays a noun of its own). */
export const PROPOSING_RU =
  /(?<!\p{L})(?:предложил(?:а|и)?|предлага(?:л|ла|ли|ет|ют)|предложит|предложат|выдвинул(?:а|и)?|выдвига(?:л|ет)|потребовал(?:а|и)?|требова(?:л|ла|ли)|пообещал(?:а|и)?|обеща(?:л|ла|ли|ет)|призвал(?:а|и)?|призыва(?:л|ла|ли|ет))(?!\p{L})/u;

/**
 * "Anything" as the object: the kind is whether he proposed anything at all. A named object («предлагал себя в
 * посредники?», «предложил перемирие?») is left to the readers that had it (d43-37: the checker's «не сказано» there
 * became a did-you-mean when this reader took it first).
 */
const ANYTHING_RU = /(?<!\p{L})(?:что-нибудь|что-то|что-либо|чего-нибудь|чего-то|кое-что|что)(?!\p{L})/u;

/** The message asks whether an unquoted person proposed, demanded, promised or urged anything. */
export function unquotedProposal(folded: string, speakers: SpeakerNames): boolean {
  if (!PROPOSING_RU.test(folded) || !ANYTHING_RU.test(folded)) return false;
  const first = speakers.namedIn(folded)[0];
  return first !== undefined && speakers.isPerson(first.id) && !speakers.isQuoted(first.id);
}
