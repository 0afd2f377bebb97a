// Kind: "what should they have done differently", "what ought the us to have done instead", "а как им надо было
// поступить?" after an answer on a party's failure ("Does Putin think the US handled the Middle East well? — No").
// The engine has no entry for advice and refused ("The article doesn't cover that"), while the article's answer
// is what the failure left out: compromises acceptable to both sides, the Palestinians' interests and
// aspirations. A pronoun's message is asked as what the one party the last question named failed to do ("what
// did the us fail to do?", "что сша не учли?"); a party named in the message is left to the engine, which finds
// the entry on its words ("what should washington have done instead" → monopolizing without compromises).

import { type Parties, partyMentions, wordsPattern } from "../knowledge/parties.js";

const LEAD = String.raw`^(?:(?:and|so|but|ok|okay|well|then)[, ]+)*`;
const EN = new RegExp(
  `${LEAD}what (?:should|could|ought|would) (they|he|she|it|[\\p{L} ]{2,30}?) (?:to )?have done` +
    String.raw`(?: (?:differently|instead|better|otherwise))?(?: then)?\s*[?!.]*$`,
  "iu",
);
const RU = new RegExp(
  String.raw`^(?:(?:ну|а|и|так|ладно)[, ]+)*(?:как|что) (им|ему|ей|[\p{L}-]{2,20}) (?:было )?` +
    String.raw`(?:надо|нужно|следовало|стоило)(?: было)? (?:поступить|сделать|делать|действовать)` +
    String.raw`(?: (?:иначе|по-другому|вместо этого))?\s*[?!.]*$`,
  "iu",
);
const PRONOUNS = new Set(["they", "he", "she", "it", "им", "ему", "ей"]);

/** The advice asked as the party's failure, or null for any other message or no single party to ask of. */
export function shouldHaveDoneOf(
  text: string,
  lastQuestion: string | undefined,
  parties: Parties,
): string | null {
  const lower = text.trim().toLowerCase();
  if (lower.length > 100) return null;
  const ru = RU.exec(lower);
  const m = ru ?? EN.exec(lower);
  const subject = m?.[1];
  // A party named in the message ("what should washington have done instead") the engine finds itself.
  if (!subject || !PRONOUNS.has(subject)) return null;
  const from = (lastQuestion ?? "").toLowerCase();
  // "does putin think the us handled it well?": Putin is the one asked, not a party that could have done better.
  const people = wordsPattern(
    parties.flatMap((p) => p.people.flatMap((person) => [...person.en, ...person.ru])),
    "gu",
  );
  const ids = [
    ...new Set(partyMentions(parties, people ? from.replace(people, " ") : from).map((p) => p.id)),
  ];
  const party = ids.length === 1 ? parties.find((p) => p.id === ids[0]) : undefined;
  if (!party) return null;
  if (!ru) return `what did ${party.names.en[0] ?? party.id} fail to do?`;
  const name = party.names.ru.find((n) => !n.includes("*"));
  return name ? `что ${name} не учли?` : null;
}
