// Kind (dialog45, d109-10#3): the voice's other charges asked after one — "what else does he accuse washington of?",
// "anything else he blames them for?", «а в чём ещё он их обвиняет?», «за что ещё путин критикует сша?» after Putin's
// blame for the failed policy. The engine found the same card again (the failed policy); the article has more
// charges (monopolizing the peace efforts, overlooking compromises), on a card the curators relate to the last one.
// The answer is the first related card that quotes what the last answer did not and whose answer is a charge (a
// verb of blame in it); none such, the message is left to the engine.
import type { AskedOfLast } from "./asked-of-last.js";
import type { DialogueKit } from "./dialogue-kit.js";
import type { DialogueTurn } from "./types.js";

const VOICE_EN = "(?:he|she|they|putin|moscow|russia|the kremlin|kremlin)";
const CHARGE_EN = "(?:accus|blam|criticiz|criticis|fault|charg|reproach|slam|attack)\\p{L}*";
const ELSE_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay)[, ]+)*(?:what else|anything else|what other (?:things|charges|accusations|complaints|criticisms?|faults)|what more)(?: (?:does|did|do|is|was|has))?(?: ${VOICE_EN})? ${CHARGE_EN}(?: [\\p{L}.'-]+){0,2}?(?: (?:of|for|with))?$`,
  "u",
);
const VOICE_RU = "(?:он|она|они|путин|кремль|москва|россия)";
const CHARGE_RU = "(?:обвиня|обвин|вин|критику|критик|упрека|упрекн|ругает|ругал)\\p{L}*";
const ELSE_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)*(?:в ч[её]м|за что|что) (?:же )?(?:ещ[её]|другое)(?: ${VOICE_RU})?(?: (?:их|его|е[её]|сша|штаты|вашингтон|америку|американцев))?(?: ${VOICE_RU})? ${CHARGE_RU}(?: \\p{L}+){0,2}?$`,
  "u",
);
/** A verb of blame in a card's answer, either language: the card gives a charge. */
const CHARGE_IN_ANSWER = /(?:blam|fault|criticiz|criticis|accus|вин[аеиу]|критик|обвин|упрека)/iu;

export function elseChargeTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (folded.length > 90 || context.refused) return null;
  if (!(ru ? ELSE_RU : ELSE_EN).test(folded.replace(/[?!.…\s]+$/u, "").trim())) return null;
  const last = ask.last();
  if (!last?.answered || !CHARGE_IN_ANSWER.test(last.answer)) return null;
  const shown = new Set(last.quotes.map((q) => q.text));
  for (const id of last.entry?.related ?? []) {
    const card = kit.engine.answerForEntry(id, ask.lang);
    if (!card?.answered || !CHARGE_IN_ANSWER.test(card.answer)) continue;
    if (!card.quotes.some((q) => !shown.has(q.text))) continue;
    return {
      lang: ask.lang,
      replies: [
        {
          kind: "answer",
          answer: card,
          understood: null,
          followUp: "pronoun",
          verdict: null,
          verdictSource: null,
          deferred: false,
          rescued: false,
          asked: ask.text,
        },
      ],
      context: { ...context, entryId: id, question: card.title, verdict: null },
    };
  }
  return null;
}
