// Kind (dialog44, own108 «а прямые переговоры между сторонами он поддерживает?» after the Foreign Ministry): a Russian
// yes/no question with its object put first and the pronoun subject right before the verb of stance — «а прямой
// диалог он поддерживает?», «а переговоры они хотят?». The pronoun reading put the voice in the pronoun's place
// («а прямой диалог МИД России поддерживает?»), and the claim checker, reading the first noun as the subject, found
// another actor («диалог поддерживает МИД»): "doesn't say" where the ministry's call settles it. The plain order
// (subject, verb, object) is what the pronoun reading and the checker both read: «а он поддерживает прямой диалог?».
const VERB =
  "(?:поддерживает|поддерживают|одобряет|одобряют|хочет|хотят|предлагает|предлагают|приветствует|приветствуют)";
const OBJECT_FIRST = new RegExp(
  `^(?<lead>(?:(?:а|и|ну|так)[, ]+)*)(?<object>[\\p{L}-]+(?: [\\p{L}-]+){0,4}?) (?<pronoun>он|она|оно|они) (?<verb>${VERB})(?<end>[?!.…\\s]*)$`,
  "u",
);
/** Words that are no object: a question word or a particle opening the clause. */
const NOT_OBJECT =
  /^(?:что|как|кто|почему|зачем|где|когда|разве|неужели|ли|это|тоже|также|вообще|правда|точно)(?!\p{L})/u;

/** The question in plain order, or null when it is not an object-first stance question with a pronoun subject. */
export function objectFirstRuOf(text: string): string | null {
  const m = OBJECT_FIRST.exec(text.trim().toLowerCase());
  const g = m?.groups;
  if (!g || NOT_OBJECT.test(g.object!)) return null;
  return `${g.lead}${g.pronoun} ${g.verb} ${g.object}${g.end || "?"}`;
}
