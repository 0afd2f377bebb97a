// Kind (dialog49, d113-33#3): a meeting in person asked of the two people of the article's phone call, by a path the
// contact mode (contact-mode.ts) did not read — «он встречался с Эрдоганом лично?» after Putin's words was read as
// «Путин встречался с эрдоганом лично», and the call card's curated «Да» answered it: a false Yes. The article has
// "In a phone call with Turkish leader Recep Tayyip Erdogan, Putin …": met, visited, face to face, «встречался»,
// «лично», «с глазу на глаз» asked of that contact is No, the call shown. Only on a card quoting the phone call, and
// only where the question names two of that quote's people and no one else the speakers know.
import type { Answer } from "../answering/types.js";
import { asksMeetingNotCall } from "./contact-mode.js";
import type { SpeakerNames } from "./speakers.js";

const PHONE_CALL = /\bphone call\b/i;

/** No where a meeting is asked of the two people of the phone call the found card quotes; else null. */
export function meetingForCallVerdict(folded: string, answer: Answer, speakers: SpeakerNames): "no" | null {
  if (!answer.answered || answer.kind !== "entry") return null;
  const call = answer.quotes.find((q) => PHONE_CALL.test(q.text));
  if (!call || !asksMeetingNotCall(folded)) return null;
  const inCall = new Set(speakers.namedIn(call.text.toLowerCase()).map((n) => n.id));
  const named = new Set(speakers.namedIn(folded).map((n) => n.id));
  if (named.size < 2) return null;
  for (const id of named) if (!inCall.has(id)) return null;
  return "no";
}
