// Kind (dialog46b, d111-11#3, d111-33#2): the Kremlin's contact with the warring sides asked after an answer on
// Russia or the Kremlin, with the subject left to the context — "talks to both sides, really?", "in touch with hamas
// too?", "and it talks to israel?", «и с хамасом общается?», «а с израилем тоже на связи?». The article: "The Kremlin
// … maintains open communication with both warring sides" (Hamas and the Israeli military, paragraph 1). The engine
// read "talks" as peace talks (negotiations) or pasted the message into the last question («как кремль относится к
// хамасом общается»), and gave no verdict. Asked of both sides, Hamas or Israel, the reply is Yes on the card of that
// communication. Only after an answer that is about Russia, Moscow or the Kremlin, with no other subject than "it"
// or those names; the Palestinians at large (ties, not communication) and "he" are left to the usual path.

import type { Answer } from "../answering/types.js";
import { withoutEndMarks } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import type { AskedOfLast } from "./asked-of-last.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import type { DialogueTurn } from "./types.js";

const EVIDENCE_ENTRY = "kremlin-contact-both-sides";
const LEAD_EN = "^(?:(?:and|so|but|ok|okay|wait|really|hm+)[, ]+)*";
const SUBJECT_EN =
  "(?:(?:does|is|do|did) )?(?:(?:it|they|the kremlin|kremlin|russia|moscow) )?(?:really |actually |also |even )?";
export const CONTACT_EN =
  "(?:talks?|talking|speaks?|speaking|communicates?|communicating|keeps? in touch|in touch|in contact|keeps? (?:in )?contact|stays? in (?:touch|contact)|has (?:open )?(?:contact|communication|channels))";
const SIDE_EN =
  "(?:both (?:warring )?sides|both of them|each side|hamas|israel|the israelis|the israeli (?:military|army|government))";
const TAG_EN = "(?:,? (?:really|too|as well|also|then|right|actually|even|though))*";
const ASKED_EN = lean(
  new RegExp(`${LEAD_EN}${SUBJECT_EN}${CONTACT_EN} (?:to|with) ${SIDE_EN}${TAG_EN}$`, "u"),
);
const LEAD_RU = "^(?:(?:а|и|ну|так|что|правда)[, ]+)*";
const SUBJECT_RU = "(?:(?:кремль|россия|москва|она|они) )?";
const SIDE_RU = "(?:с|со) (?:обеими (?:воюющими )?сторонами|обеими|хамас\\p{L}*|израил\\p{L}*)";
const PARTICLE_RU = "(?: (?:тоже|ещ[её]|даже|ведь|правда|действительно|и))*";
const CONTACT_RU =
  "(?:общается|общаются|разговаривает|разговаривают|говорит|говорят|на связи|контактирует|контактируют|поддерживает (?:связь|контакт\\p{L}*|отношения)|поддерживают (?:связь|контакт\\p{L}*))";
const ASKED_RU = lean(
  new RegExp(
    `${LEAD_RU}${SUBJECT_RU}(?:и )?(?:${SIDE_RU}${PARTICLE_RU} ${CONTACT_RU}|${CONTACT_RU}${PARTICLE_RU} ${SIDE_RU})${PARTICLE_RU}$`,
    "u",
  ),
);
const SIDE_NAMED = /(?:hamas|israel|хамас|израил)/u;
const SIDES_LINE_EN = "The warring sides are Hamas and the Israeli military.";
const SIDES_LINE_RU = "Воюющие стороны — ХАМАС и израильская армия.";
/** The last answer is about Russia, Moscow or the Kremlin: the subject left out is theirs. */
const RUSSIA_TOLD = /(?:kremlin|russia|moscow|кремл|росси|москв)/u;

/** The card names "both warring sides"; a side asked by name is shown as one of them (paragraph 1). */
export function withSideNamed(card: Answer, folded: string, ru: boolean): Answer {
  const side = SIDE_NAMED.exec(folded)?.[0];
  const named = side && !card.answer.toLowerCase().includes(side.slice(0, 5));
  return named ? { ...card, answer: `${card.answer} ${ru ? SIDES_LINE_RU : SIDES_LINE_EN}` } : card;
}

export function contactWithSideTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { context, folded, ru } = ask;
  if (context.refused || folded.length > 70) return null;
  if (!(ru ? ASKED_RU : ASKED_EN).test(withoutEndMarks(folded).trim())) return null;
  const last = ask.last();
  if (!last?.answered) return null;
  if (!RUSSIA_TOLD.test(`${context.question} ${last.answer}`.toLowerCase())) return null;
  const card = kit.engine.answerForEntry(EVIDENCE_ENTRY, ask.lang);
  if (!card?.answered) return null;
  const shown = withSideNamed(card, folded, ru);
  const reply = answerReply(shown, {
    understood: null,
    followUp: "pronoun",
    asked: ask.text,
    verdict: "yes",
    verdictSource: "article-text",
  });
  return {
    lang: ask.lang,
    replies: [reply],
    context: { ...context, entryId: EVIDENCE_ENTRY, question: card.title, verdict: "yes" },
  };
}
