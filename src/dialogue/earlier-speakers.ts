// "back to Putin — why?", "вернёмся к Путину — почему?": a return to a voice the chat left, with nothing after the
// lead-in to put the name in (back-to-speaker.ts handles "back to Putin — who does he blame?"). The follow-up
// means the last question asked of that voice, so the context keeps, for each voice it has left, the last
// question asked of it; the follow-up is then read against that question, not the side topic in between.
import { backLeadOf } from "./back-to-speaker.js";
import { fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

/** Voices remembered: more is never asked back in a chat about one article. */
const KEPT = 4;

/** The next context with the voice the chat just left remembered (its last question). */
export function withEarlier(
  next: DialogueContext | null,
  stored: DialogueContext | null,
): DialogueContext | null {
  if (!next) return next;
  const kept = (stored?.earlier ?? []).filter((e) => e.speakerId !== stored?.speakerId);
  const left =
    stored?.speakerId && stored.question && !stored.refused && stored.speakerId !== next.speakerId
      ? [{ speakerId: stored.speakerId, question: stored.question }]
      : [];
  const earlier = [...left, ...kept].slice(0, KEPT);
  return earlier.length > 0 ? { ...next, earlier } : next;
}

/** The follow-up after "back to X —" and X's last question, when the words after the lead-in name nobody. */
export function backToEarlierOf(
  text: string,
  stored: DialogueContext | null,
  speakers: SpeakerNames,
  lang: "en" | "ru",
): { followUp: string; question: string } | null {
  const lead = stored?.earlier ? backLeadOf(text, speakers, lang) : null;
  if (!lead || lead.speakerId === stored?.speakerId) return null;
  const rest = fold(lead.rest);
  // A pronoun or a name after the lead-in makes the question stand alone (back-to-speaker.ts).
  if (
    speakers.namedIn(rest).length > 0 ||
    /(?<!\p{L})(?:he|she|his|her|him|он|она|его|ему|ей)(?!\p{L})/u.test(rest)
  )
    return null;
  const question = stored?.earlier?.find((e) => e.speakerId === lead.speakerId)?.question;
  return question ? { followUp: lead.rest, question } : null;
}
