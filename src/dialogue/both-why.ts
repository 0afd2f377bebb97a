// Kind (dialog-r2-36b): "why does russia say it can talk to both sides", "how come moscow thinks it can speak to both
// camps", «почему россия считает, что может говорить с обеими сторонами»: the reason Russia gives for being able to
// deal with both — its relationships with both (long ties with the Palestinians, common ground with Israel through
// its many former citizens). The engine read "talk to both sides" as the neutrality question, whose card gives no
// verdict and not the reason (d83-06#1). Read as the contacts-with-both question, whose card gives it. Only a
// why-question, Russia (Moscow, the Kremlin) the subject, and both sides named as both.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { lean } from "../lib/lean-regexp.js";

/** Russia: the voices table's party names and people (voices46). */
const RUSSIA = namesAlternation(voiceNames(RUSSIA_AS_PARTY, "en", "people"));

const EN = lean(
  new RegExp(
    `^(?:(?:so|and|but|ok|okay|well|wait) )?(?:why|how come)(?: (?:does|do|is|can|would|could))? ${RUSSIA}(?: (?:say|says|think|thinks|claim|claims|believe|believes|feel|feels)(?: that)? (?:it|they)(?: (?:can|could|is able to|are able to))?| (?:can|could|is able to))? (?:talk|talks|speak|speaks|deal|deals|engage|engages|communicate|communicates) (?:to|with) (?:both (?:sides|camps|parties|of them)|everyone|all sides)$`,
    "u",
  ),
);
const RU = lean(
  /^(?:(?:а|и|ну|так) )?(?:почему|с чего|отчего)(?: (?:вдруг|же))? (?:россия|москва|кремль)(?: (?:считает|говорит|думает|утверждает|полагает)(?: что)?(?: (?:она|он))?)?(?: (?:может|способн\p{L}*|вправе))? (?:говорить|разговаривать|общаться|договариваться|работать) (?:с|со) (?:обеими|обоими|всеми) (?:сторонами|лагерями)$/u,
);

/** The contacts-with-both question for a why-question on talking to both sides, else null. */
export function bothWhyOf(text: string): string | null {
  if (text.length > 140) return null;
  const q = text
    .trim()
    .toLowerCase()
    .replace(/[,?!.…\s]+$/u, "")
    .replace(/,/gu, "")
    .replace(/\s+/gu, " ");
  if (EN.test(q)) return "why does russia have contacts with both sides?";
  if (RU.test(q)) return "почему у россии есть контакты с обеими сторонами?";
  return null;
}
