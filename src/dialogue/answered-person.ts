// Whom "he" means after a question asking who: "who did Putin call?" — Erdogan; "is he the Israeli PM?" asks
// about Erdogan, the person the answer gave, not Putin, whom the question named. The context's speaker stays
// the pronoun's reading everywhere else ("who is Peskov?" — "is he the Kremlin spokesman?" is about Peskov).
import type { SpeakerNames } from "./speakers.js";
import type { DialogueContext } from "./types.js";

/** A question asking for a person: its head ("who did…", "yo who did…", "which leader…", "с кем…") or its tail ("— who?"). */
const WHO_ASKED =
  /^(?:(?:and|so|but|ok|okay|then|yo|hey|hi|well|wait|oh|а|и|ну|так|слушай|скажи)[,.! ]+)*(?:who|who's|whos|whom|with whom|to whom|which (?:leader|person|politician|president|official|head of state|man|one)|кто|кого|кому|с кем|какой (?:лидер|политик|президент|человек|руководитель)|какому (?:лидеру|политику|президенту))(?![\p{L}'])|(?:^|[\s,—–-])(?:who|кто|с кем|кому)$/u;
/** "who is Peskov?", "кто такой Эрдоган?": the person asked about is the one the question names. */
const WHO_IS = /^(?:who(?:'s| is| was)|кто(?: такой| такая| это)?) (.+)$/u;

/** The speaker "he"/"он" means in a yes/no about a person, after the given context. */
export function pronounPersonOf(context: DialogueContext | null, speakers: SpeakerNames): string | null {
  if (!context) return null;
  const { question, otherPersonId, speakerId } = context;
  if (!otherPersonId || !WHO_ASKED.test(question)) return speakerId;
  const named = speakers.namedIn(question);
  if (named.some((n) => n.id === otherPersonId)) return speakerId;
  const whoIs = WHO_IS.exec(question);
  const rest = whoIs?.[1]?.trim() ?? "";
  if (whoIs && named.some((n) => n.start <= question.length - rest.length && n.end >= question.length - 1))
    return speakerId;
  return otherPersonId;
}
