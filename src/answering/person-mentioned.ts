// Whether a person of the story is in the article at all, asked of the article alone («Путин упоминается в статье?»,
// «Упоминается ли в статье Песков?», «Есть ли в статье Эрдоган?», "is putin mentioned in the article?", "does the
// article mention erdogan?"; blind-ru97's leftover, quality51ru). As typed, «упоминается» is a word of the cards on
// Putin's silence about Russia's role, so the engine answered with that card and its own «Нет.» — a false No about a
// person the article names in its first sentence; "mentioned" found the quotes. Read as who the person is (the
// who-is card, which names him), and mention-asked.ts owns the «Да» of the question as typed. Only Putin, Peskov and
// Erdogan, the three people the article names, asked whole (a name and nothing else, no turning word); a topic beside
// the name («Путин упоминается в статье в связи с …») is mention-asked.ts's as typed.

const NAME_RU =
  "(?:(?:владимир|президент)\\s+)?путин|(?:дмитрий\\s+)?песков|(?:реджеп\\s+(?:тайип\\s+)?)?эрдоган";
const NAME_EN = "(?:vladimir\\s+)?putin|(?:dmitry\\s+)?peskov|(?:recep\\s+(?:tayyip\\s+)?)?erdogan";
const LEAD_RU = "^\\s*(?:(?:а|и|так|ну)[,\\s]+)?";
const WHERE_RU = "(?:в|во)\\s+(?:статье|тексте|новости)";
const IS_THERE_RU = "(?:упоминается|упомянут|фигурирует|есть|присутствует)";
const TAIL = "(?:\\s+(?:вообще|хоть\\s+раз|или\\s+нет))?\\s*\\?*\\s*$";
const ASKED_RU: readonly RegExp[] = [
  // «Путин упоминается в статье?», «Песков вообще есть в тексте?»
  new RegExp(
    `${LEAD_RU}(${NAME_RU})\\s+(?:(?:вообще|тоже|хоть\\s+как-то)\\s+)?${IS_THERE_RU}\\s+${WHERE_RU}${TAIL}`,
    "iu",
  ),
  // «Упоминается ли Путин в статье?», «Есть ли в статье Эрдоган?», «В статье упоминается Путин?»
  new RegExp(`${LEAD_RU}${IS_THERE_RU}(?:\\s+ли)?\\s+(${NAME_RU})\\s+${WHERE_RU}${TAIL}`, "iu"),
  new RegExp(
    `${LEAD_RU}(?:${IS_THERE_RU}(?:\\s+ли)?\\s+${WHERE_RU}|${WHERE_RU}\\s+${IS_THERE_RU}(?:\\s+ли)?)\\s+(${NAME_RU})${TAIL}`,
    "iu",
  ),
];
const ASKED_EN: readonly RegExp[] = [
  // "is putin mentioned in the article?", "is erdogan mentioned at all?"
  new RegExp(
    `^\\s*(?:(?:so|and|ok)[,\\s]+)?(?:is|was)\\s+(${NAME_EN})\\s+(?:even\\s+)?(?:mentioned|named)(?:\\s+(?:in|by)\\s+(?:the\\s+)?(?:article|story|text|piece))?(?:\\s+at\\s+all)?\\s*\\?*\\s*$`,
    "iu",
  ),
  // "does the article mention putin?"
  new RegExp(
    `^\\s*(?:(?:so|and|ok)[,\\s]+)?(?:does|did)\\s+(?:the\\s+)?(?:article|story|text|piece)\\s+(?:even\\s+)?(?:mention|name)\\s+(${NAME_EN})(?:\\s+at\\s+all)?\\s*\\?*\\s*$`,
    "iu",
  ),
];

/** The person asked to be in the article («путин», "erdogan"), or null: mention-asked.ts's topic asked of the article. */
export function mentionedPerson(text: string): string | null {
  if (text.length > 80) return null;
  for (const asked of /\p{Script=Cyrillic}/u.test(text) ? ASKED_RU : ASKED_EN) {
    const m = asked.exec(text);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** «Путин упоминается в статье?» read as «кто такой Путин?»; other text as typed. */
export function asRussianPersonMentioned(text: string): string {
  const person = /\p{Script=Cyrillic}/u.test(text) ? mentionedPerson(text) : null;
  return person === null ? text : `кто такой ${person}?`;
}

/** "is putin mentioned in the article?" read as "who is putin?"; other text as typed. */
export function asPersonMentioned(text: string): string {
  const person = /\p{Script=Cyrillic}/u.test(text) ? null : mentionedPerson(text);
  return person === null ? text : `who is ${person}?`;
}
