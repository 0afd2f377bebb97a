// Kind: a guilt asked of a party after an answer, with no one's view named: "а израиль виноват?", "а ХАМАС тоже
// виноват?", "and is israel to blame?". The lead "а" made it a topic switch ("что сказал Путин про израиль
// виноват" — the card on Russia's own role), and bare, the engine may not place it. In the article only Putin
// blames anyone, so the question is whether he does: read as "X виноват по мнению Путина?" / "is X to blame
// according to Putin?", which blame-scope.ts answers (doesn't say, unless it is the party he blames). Text in,
// text out (follow-up-forms.ts); null when the message is no such question.
import { type Parties, partyMentions } from "../knowledge/parties.js";

const RU =
  /^(?:(?:а|и|ну|так)[, ]+)*([\p{L}-]+(?: [\p{L}-]+)?) (?:тоже |также |сам\p{L}* )?(?:виноват\p{L}*|виновн?\p{L}*)(?: тоже| также)?\s*\?*$/iu;
const EN =
  /^(?:(?:and|so|but|ok|okay|then)[, ]+)*(?:is|are) ((?:the )?[\p{L}-]+(?: [\p{L}-]+)?) (?:also |too )?(?:to blame|at fault|guilty|responsible)(?: too| as well| then)?\s*\?*$/iu;
const NOT_A_PARTY = /^(?:кто|что|он|она|они|это|who|what|he|she|they|it|that|this)$/iu;

/** The party Putin blames is left to the readers it always had ("and is the US to blame?": the article's own view). */
const blamedByPutin = (party: string, parties: Parties) =>
  partyMentions(parties, party.toLowerCase()).some((m) => m.id === "us");

/** Putin himself is the one whose view it would be: "is putin to blame according to putin" asks nothing (blamer-guilt.ts). */
const PUTIN = /(?<!\p{L})(?:putin\p{L}*|путин\p{L}*)(?!\p{L})/iu;

export function guiltAskedOf(text: string, parties: Parties): string | null {
  if (text.length > 60 || blamedByPutin(text, parties) || PUTIN.test(text)) return null;
  const ru = RU.exec(text);
  if (ru?.[1] && !ru[1].split(" ").some((w) => NOT_A_PARTY.test(w)))
    return `${ru[1]} виноват по мнению Путина?`;
  const en = EN.exec(text);
  if (en?.[1] && !en[1].split(" ").some((w) => NOT_A_PARTY.test(w)))
    return `is ${en[1]} to blame according to Putin?`;
  return null;
}
