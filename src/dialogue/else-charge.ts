// Kind (dialog45, d109-10#3): the voice's other charges asked after one — "what else does he accuse washington of?",
// "anything else he blames them for?", «а в чём ещё он их обвиняет?», «за что ещё путин критикует сша?» after Putin's
// blame for the failed policy. The engine found the same card again (the failed policy); the article has more
// charges (monopolizing the peace efforts, overlooking compromises), on a card the curators relate to the last one.
// The answer is the first related card that quotes what the last answer did not and whose answer is a charge (a
// verb of blame in it); none such, the message is left to the engine.

import { withoutEndMarks } from "../lib/fold-question.js";
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
const PARTY_EN = "(?:the us|us|the u\\.s\\.|washington|america|the americans|the united states|them|it)";
/** The same asked as a yes/no (dialog46b, d111-10#2): "does he accuse washington of anything else?", "is there anything
 * else he blames the us for?", «он ещё в чём-то обвиняет сша?» — Yes with the other charges' card. */
const ELSE_YES_NO_EN = new RegExp(
  `^(?:(?:and|so|but|ok|okay)[, ]+)*(?:(?:does|did|has|is) ${VOICE_EN} (?:also )?${CHARGE_EN}(?: ${PARTY_EN})? (?:of|for|with) (?:anything|something|any other thing) else|(?:is there|was there) (?:anything|something) else ${VOICE_EN} ${CHARGE_EN}(?: ${PARTY_EN})? (?:of|for|with))$`,
  "u",
);
const ELSE_YES_NO_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)*(?:${VOICE_RU} )?(?:ещ[её] )?(?:в ч[её]м-(?:то|нибудь|либо)|за что-(?:то|нибудь|либо))(?: ещ[её])?(?: (?:их|его|е[её]|сша|штаты|вашингтон|америку|американцев))?(?: ${VOICE_RU})?(?: ещ[её])? ${CHARGE_RU}(?: (?:их|его|е[её]|сша|штаты|вашингтон|америку|американцев))?$`,
  "u",
);
const FAILURE = /(?:fail|провал)/iu;
/** A verb of blame in a card's answer, either language: the card gives a charge. */
const CHARGE_IN_ANSWER = /(?:blam|fault|criticiz|criticis|accus|вин[аеиу]|критик|обвин|упрека)/iu;

export function elseChargeTurn(ask: AskedOfLast, kit: DialogueKit): DialogueTurn | null {
  const { folded, context, ru } = ask;
  if (folded.length > 90 || context.refused) return null;
  const asked = withoutEndMarks(folded).trim();
  const yesNo = (ru ? ELSE_YES_NO_RU : ELSE_YES_NO_EN).test(asked);
  if (!yesNo && !(ru ? ELSE_RU : ELSE_EN).test(asked)) return null;
  const last = ask.last();
  // A failure the last answer lays at the voice's door is a charge too ("the surge shows US policy failed").
  const charged = CHARGE_IN_ANSWER.test(last?.answer ?? "") || (yesNo && FAILURE.test(last?.answer ?? ""));
  if (!last?.answered || !charged) return null;
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
          verdict: yesNo ? "yes" : null,
          verdictSource: yesNo ? "article-text" : null,
          deferred: false,
          rescued: false,
          asked: ask.text,
        },
      ],
      context: { ...context, entryId: id, question: card.title, verdict: yesNo ? "yes" : null },
    };
  }
  return null;
}
