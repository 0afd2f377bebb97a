// Kind: "кто это сказал?" → Peskov's quote, then "он пресс-секретарь?". A who-said-that reply names the voice of
// the last answer's words but left the context as it was: after "какую роль хочет играть Кремль?" its speaker
// stayed the Kremlin, so "он" was read as the Kremlin ("Кремль пресс-секретарь") and the yes/no lost its Yes.
// After such a reply the context's speaker is the first person whose words it quotes (a body such as the
// Kremlin is not a "he"); a reply quoting no person leaves the context alone. follow-up-turns.ts, where the
// who-said-that reply is made, sets the context through it.

import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext, DialogueReply } from "./types.js";

/** The context after `reply`: its speaker set to the person a who-said-that reply quotes, else `context` itself. */
export function withSaidVoice(
  reply: DialogueReply,
  context: DialogueContext | null,
  speakers: SpeakerNames,
): DialogueContext | null {
  if (reply.kind !== "who-said-that" || !context) return context;
  const voice = reply.answer.quotes.find(
    (q) => q.voice === "reported" && q.speakerId && speakers.isPerson(q.speakerId),
  )?.speakerId;
  if (!voice || voice === context.speakerId) return context;
  const otherPersonId = context.otherPersonId === voice ? null : context.otherPersonId;
  return { ...context, speakerId: voice, otherPersonId };
}
