// Kind: «в смысле монополизирует?», «в каком смысле монополизирует?», «то есть как это — монополизирует?»: the
// chat's "what do you mean, X?" after an answer that used the word. «в смысле» alone is "tell me more"
// (words-ru.ts); with a word after it the engine read the chat lead as the question and was unsure ("Не уверен…").
// Put as «что значит X?», which the engine answers with the card that explains the word; only a short X (up to
// three words, no question word), so a whole question after «в смысле» is left as typed.
import { fold } from "./language.js";

const MEANING_RU =
  /^(?:(?:а|и|ну|стоп|погоди)[, ]+)*(?:в смысле|в каком смысле|то есть как это|то есть как|что значит|что ты имеешь в виду под|что имеется в виду под)[,:—–-]*\s+(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2})$/u;
const QUESTION_WORD =
  /(?<!\p{L})(?:кто|что|где|когда|почему|зачем|как|какой|какая|какие|сколько|ли|он|она|они|это)(?!\p{L})/u;

/** «что значит X?» for «в смысле X?», else null. */
export function meaningAskedOf(text: string): string | null {
  if (text.length > 60) return null;
  const m = MEANING_RU.exec(fold(text));
  const word = m?.[1];
  if (!word || QUESTION_WORD.test(word) || /^что значит /u.test(fold(text))) return null;
  return `что значит ${word}?`;
}
