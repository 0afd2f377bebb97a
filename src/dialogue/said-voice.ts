// Kind: "кто это сказал?" → Peskov's quote, then "он пресс-секретарь?". A who-said-that reply names the voice of
// the last answer's words but left the context as it was: after "какую роль хочет играть Кремль?" its speaker
// stayed the Kremlin, so "он" was read as the Kremlin ("Кремль пресс-секретарь") and the yes/no lost its Yes.
// After such a reply the context's speaker is the first person whose words it quotes (a body such as the
// Kremlin is not a "he"); a reply quoting no person leaves the context alone.

import type { SpeakerNames } from "./speakers.js";
import type { DialogueTurn } from "./types.js";

/** The turn with its context's speaker set to the person a who-said-that reply quotes, else the turn itself. */
export function withSaidVoice(turn: DialogueTurn, speakers: SpeakerNames): DialogueTurn {
  const reply = turn.replies.length === 1 ? turn.replies[0] : undefined;
  if (reply?.kind !== "who-said-that" || !turn.context) return turn;
  const voice = reply.answer.quotes.find(
    (q) => q.voice === "reported" && q.speakerId && speakers.isPerson(q.speakerId),
  )?.speakerId;
  if (!voice || voice === turn.context.speakerId) return turn;
  const otherPersonId = turn.context.otherPersonId === voice ? null : turn.context.otherPersonId;
  return { ...turn, context: { ...turn.context, speakerId: voice, otherPersonId } };
}
