// What one of the article's statements means, asked in Russian ("что значит кремль держит открытую связь с
// воюющими? с кем именно", "что означает, что москва держит открытые каналы с воюющими?", "как понимать, что
// россия представляет себя беспристрастным посредником"): the statement is the topic, and its card is the answer.
// Read as typed, "значит" is filler, and the "что" left before the statement asked a thing the statement's card
// does not open with, so the question stayed unsure between it and nothing (quality40ru). Only a statement of a few
// words follows: "что значит квартет" asks what the Quartet is and stays as typed, as does an English phrase
// ("что значит impartial mediator", english-phrase.ts). The bot's yes/no layer still reads the message as typed, so
// a card's own «Да» is not said to a question of meaning.

import { foldedRussian } from "./plain-text.js";

const LEAD = "^(?:(?:а|и|так|ну|слушай|скажи|подскажи|объясни|поясни)\\s+)*";
/** "что значит", "что это означает", "что имеется в виду", "как понимать", "в каком смысле", then the statement. */
const MEANING = new RegExp(
  `${LEAD}(?:(?:что|чо|че)\\s+(?:(?:же|вообще|тут|там|это|именно)\\s+)*(?:значит|означает|подразумевается|имеется\\s+в\\s+виду)|как\\s+(?:это\\s+)?понимать|в\\s+каком\\s+смысле)(?:\\s+(?:фраза|слова|выражение|формулировка|утверждение))?(?:\\s+(?:то|тем),?)?(?:\\s+(?:что|будто))?\\s+(?=\\p{L})`,
  "u",
);
/** The statement's words: at least three, in Cyrillic. */
const STATEMENT = /^(?:[а-я-]+\s+){2,}[а-я-]+/u;

/** The statement whose meaning is asked, with whatever follows it; other text as typed. */
export function asRussianStatementMeaning(text: string): string {
  if (text.length > 200) return text;
  const plain = foldedRussian(text);
  const meaning = MEANING.exec(plain);
  if (meaning === null) return text;
  const statement = plain.slice(meaning[0].length);
  return STATEMENT.test(statement) ? statement : text;
}
