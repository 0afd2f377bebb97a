// Kind (dialog48): a country asked alone as a party, where the article gives it one person and never quotes him —
// "does turkey want to be a mediator?", «а турция хочет быть посредником?». The engine could not place the country
// and offered "did you mean…", while the same question of its person ("does erdogan want…") is "doesn't say" on his
// card. Which country qualifies is read from knowledge/parties.json (a country whose people are one speaker the
// article does not quote: Turkey → Erdogan). The question is asked again of the person, and only a "doesn't say"
// is taken from it: no Yes or No is lent from a person to his country.

import type { Lang } from "../answering/types.js";
import { formsPattern, type Parties, type Party, patternsPerTable } from "../knowledge/parties.js";

interface Stand {
  /** The country as the subject after an optional lead and auxiliary ("does turkey …", «а турция …»). */
  subject: RegExp;
  /** The person's plain name in each language ("erdogan", «эрдоган»). */
  person: { en: string; ru: string };
}

const LEAD = "(?:(?:and|so|but|then|а|и|но|так)[, ]+)?";
const AUX = "(?:(?:does|do|did|is|was|will|would|has|can|could|might)\\s+)?";

const bareForm = (forms: readonly string[]): string | undefined =>
  forms.map((f) => f.replace(/\*$/, "")).find((f) => /^\p{L}+$/u.test(f));

/** The countries the article gives one unquoted person, with the pattern of their names as a subject. */
const standsOf = patternsPerTable((parties: Parties): Stand[] =>
  parties.flatMap((p: Party) => {
    const people = p.people.filter((person) => person.speaker !== undefined);
    if (p.kind !== "country" || p.speaks || people.length !== 1 || p.people.length !== 1) return [];
    const en = bareForm(people[0]!.en);
    const ru = bareForm(people[0]!.ru);
    const names = [...p.names.en, ...p.names.ru];
    if (!en || !ru || names.length === 0) return [];
    return [
      {
        subject: new RegExp(
          `^(${LEAD}${AUX}(?:the\\s+)?)(?:${formsPattern(names)})(?!\\p{L})(?=\\s+\\p{L})`,
          "u",
        ),
        person: { en, ru },
      },
    ];
  }),
);

/** The yes/no question asked of the country's one person instead; null where no such country is the subject. */
export function askedOfPartyPerson(folded: string, lang: Lang, parties: Parties): string | null {
  for (const stand of standsOf(parties)) {
    const m = stand.subject.exec(folded);
    if (m) return `${m[1]}${stand.person[lang === "ru" ? "ru" : "en"]}${folded.slice(m[0].length)}`;
  }
  return null;
}
