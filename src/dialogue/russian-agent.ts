// Who does the act in a Russian question, whatever the word order: «путин сша обвинил?», «сша путин обвиняет?»,
// «путина сша обвинили?». Russian order is free, so the party nearest before the verb is no doer by itself; the verb
// tells by agreement (past tense: «обвинил» masculine singular, «обвинила» feminine, «обвинили» plural; present:
// «обвиняет» singular, «обвиняют» plural) and the party's form by case («Путина», «Россию», «Вашингтону» are no
// subject; «США», «ООН» are indeclinable; a person's bare name is nominative only). agent-swap.ts reads every act's
// doer through this; the readers of blame and criticism share that one reading.

type Agreement = "m" | "f" | "pl" | "sg";

/** A party's subject forms (nominative), with its gender/number; "either" forms are also accusative (inanimate). */
interface Subject {
  agrees: "m" | "f" | "pl";
  /** The bare form is nominative only (a person, an animate plural, a feminine noun in -а/-я). */
  only: boolean;
}

const SUBJECTS: ReadonlyMap<string, Subject> = new Map([
  ...["путин", "песков", "эрдоган", "нетаньяху", "байден", "он"].map(
    (w) => [w, { agrees: "m", only: true }] as const,
  ),
  ...[
    "кремль",
    "мид",
    "вашингтон",
    "израиль",
    "хамас",
    "иран",
    "китай",
    "запад",
    "ес",
    "тегеран",
    "пекин",
  ].map((w) => [w, { agrees: "m", only: false }] as const),
  ...["россия", "москва", "турция", "америка", "европа", "анкара", "оон"].map(
    (w) => [w, { agrees: "f", only: w !== "оон" }] as const,
  ),
  ...["сша", "штаты"].map((w) => [w, { agrees: "pl", only: false }] as const),
  ...["американцы", "палестинцы", "израильтяне", "турки", "европейцы", "арабы", "россияне"].map(
    (w) => [w, { agrees: "pl", only: true }] as const,
  ),
] as [string, Subject][]);

/** The verb's agreement from its ending: past tense by gender/number, present by number; null when not a verb. */
export function verbAgreement(verb: string): Agreement | null {
  const v = verb.replace(/(?:ся|сь)$/u, "");
  if (/(?:ли)$/u.test(v) && /[аеиоуыяю]ли$/u.test(v)) return "pl";
  if (/[аеиоуыя]ла$/u.test(v)) return "f";
  if (/[аеиоуыя]л$/u.test(v)) return "m";
  if (/(?:ют|ят|ут|ат)$/u.test(v)) return "pl";
  if (/(?:ет|[её]т|ит)$/u.test(v)) return "sg";
  return null;
}

/** How the party word (its last word as written) can stand to a verb: "sure" subject, "maybe", or "no". */
export function asSubject(word: string, verb: string): "sure" | "maybe" | "no" {
  const last = word.trim().split(/\s+/u).at(-1) ?? "";
  const subject = SUBJECTS.get(last);
  if (subject === undefined) return "no";
  const agreement = verbAgreement(verb);
  if (agreement !== null && !agrees(subject.agrees, agreement)) return "no";
  return subject.only ? "sure" : "maybe";
}

function agrees(party: "m" | "f" | "pl", verb: Agreement): boolean {
  if (verb === "sg") return party !== "pl";
  return party === verb;
}

/** Whether the Russian verb's form tells its subject (so the word order need not). */
export const tellsSubject = (verb: string): boolean => verbAgreement(verb) !== null;
