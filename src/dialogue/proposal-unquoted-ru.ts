// A Russian yes/no question of what a person the article never quotes proposed, demanded or promised («а эрдоган
// что-нибудь предложил?», «эрдоган предлагал перемирие?», «эрдоган что-то потребовал от путина?»): the article
// reports no word of his, so it doesn't say. Read by saying-unquoted.ts before any entry's verdict; without it the
// question drew Erdogan's who-is card with no verdict (d116-36#2, dialog51ru). Only a person (Erdogan): Russia is an
// unquoted party too, but the Kremlin's readiness to help is its offer, which the engine's verdicts settle.
import type { SpeakerNames } from "./speakers.js";

/** Verbs of proposing, demanding, promising and urging, the verb only («предложение» stays a noun of its own). */
export const PROPOSING_RU =
  /(?<!\p{L})(?:предложил(?:а|и)?|предлага(?:л|ла|ли|ет|ют)|предложит|предложат|выдвинул(?:а|и)?|выдвига(?:л|ет)|потребовал(?:а|и)?|требова(?:л|ла|ли)|пообещал(?:а|и)?|обеща(?:л|ла|ли|ет)|призвал(?:а|и)?|призыва(?:л|ла|ли|ет))(?!\p{L})/u;

/** The message asks what an unquoted person proposed, demanded, promised or urged. */
export function unquotedProposal(folded: string, speakers: SpeakerNames): boolean {
  if (!PROPOSING_RU.test(folded)) return false;
  const first = speakers.namedIn(folded)[0];
  return first !== undefined && speakers.isPerson(first.id) && !speakers.isQuoted(first.id);
}
