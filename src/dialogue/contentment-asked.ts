// Kind: someone's contentment with a party asked in a form the engine places by its other words: "путин доволен
// вашингтоном?" (the subject first, as in "Вашингтон согласен с Путиным?", found the US-response card: doesn't
// say), "is putin pleased with the us" (the casualties card). Asked in the order the engine reads as the person's
// view of the party — "доволен ли путин вашингтоном?", "is putin happy with the us?" — the approval reader
// (approval.ts) gives No where the evidence faults that party and doesn't say where it reports no such feeling.
// Only a party (knowledge/parties.json) as the thing; text in, text out (follow-up-forms.ts), null otherwise.
import { type Parties, partyMentions } from "../knowledge/parties.js";

const RU =
  /^(?:(?:а|и|ну|так)[, ]+)*([\p{L}-]+) (?:(?:вообще|сам|теперь|хоть) )?(доволен|довольна|довольны|рад|рада|рады) ([\p{L}-]+(?: [\p{L}-]+){0,2})\s*\?+$/iu;
const EN =
  /^(?:(?:and|so|but|ok|okay)[, ]+)*(?:is|was) ([\p{L}'-]+(?: [\p{L}'-]+)?) (?:(?:really|actually|even) )?(?:pleased|satisfied|content|glad|ok|okay|alright|fine|cool) (?:with|about) ((?:the )?[\p{L}-]+(?: [\p{L}-]+){0,2})\s*\?*$/iu;
const NOT_A_PERSON = /^(?:кто|что|он|она|они|это|ли|who|what|it|that|this|there|anyone|anybody|everyone)$/iu;

const namesParty = (thing: string, parties: Parties) =>
  partyMentions(parties, thing.toLowerCase()).length > 0;

export function contentmentAskedOf(text: string, parties: Parties): string | null {
  if (text.length > 70) return null;
  const ru = RU.exec(text);
  if (ru?.[1] && ru[2] && ru[3] && !NOT_A_PERSON.test(ru[1]) && namesParty(ru[3], parties))
    return `${ru[2]} ли ${ru[1]} ${ru[3]}?`;
  const en = EN.exec(text);
  if (en?.[1] && en[2] && !en[1].split(" ").some((w) => NOT_A_PERSON.test(w)) && namesParty(en[2], parties))
    return `is ${en[1]} happy with ${en[2]}?`;
  return null;
}
