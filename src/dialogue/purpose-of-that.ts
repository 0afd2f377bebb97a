// Kind (dialog53, d120-06#3): what a fact the last answer gave is for — "why does that matter for moscow" after
// Russia's ties with Israel, "why is that important to russia?", "what does moscow get out of that?", "what's in it
// for the kremlin?". The article gives the use of those ties one sentence before: "Moscow strives to present itself
// as an impartial mediator by highlighting its relationships with both Israelis and Palestinians". The answer is the
// card the curators relate to the last one whose answer gives an aim (strives, aims, seeks, presents itself, a
// mediator) and quotes what the last answer did not; none such, the message is left to the other readers.
import type { AskedOfLast } from "./asked-of-last.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { oneReplyTurn } from "./kept-context-turn.js";
import type { DialogueTurn } from "./types.js";

const PARTY = "(?:moscow|russia|the kremlin|kremlin|putin|them|him|it|the russians)";
const ASKED = new RegExp(
  `^(?:(?:and|so|but|ok|okay|then|hmm)[, ]+)*(?:(?:why|how come|how) (?:does|do|would|is|are|should) (?:that|this|it|those ties|these ties|that link|the link|that tie|that relationship) (?:matter|important|significant|relevant|count|help)(?: so much)?(?: (?:for|to) ${PARTY})?|why (?:does|do|would|should) ${PARTY} care(?: about (?:that|this|it|those ties))?|what (?:does|do|would) ${PARTY} (?:get|gain) (?:out of|from) (?:that|this|it|those ties)|what'?s in it for ${PARTY}|what (?:is|was) (?:that|this|it) (?:good )?for|what use (?:is|are) (?:that|this|it|those ties)(?: (?:for|to) ${PARTY})?)\\s*\\??$`,
  "u",
);
/** An aim in a card's answer: the card tells what the fact serves. */
const AIM = /(?<!\p{L})(?:strives?|aims?|seeks?|present\p{L}* itself|mediator|in order to)(?!\p{L})/u;

export function purposeOfThatTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (ru || context.refused || folded.length > 80 || !ASKED.test(folded)) return null;
  const last = ask.last();
  if (!last?.answered || AIM.test(last.answer)) return null;
  const shown = new Set(last.quotes.map((q) => q.text));
  for (const id of last.entry?.related ?? []) {
    const card = kit.engine.answerForEntry(id, ask.lang);
    if (!card?.answered || !AIM.test(card.answer) || !card.quotes.some((q) => !shown.has(q.text))) continue;
    return oneReplyTurn(ask.lang, answerReply(card, { followUp: "pronoun", asked: ask.text }), {
      ...context,
      entryId: id,
      question: card.title,
      verdict: null,
    });
  }
  return null;
}
