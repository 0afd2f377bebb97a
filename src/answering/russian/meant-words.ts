// "Какие компромиссы Путин имеет в виду", "что песков имел в виду под конструктивной ролью", "какие компромиссы
// подразумеваются": asking what someone's word means frames the question as "говорит" does and names no topic.
// Read as words, "в виду" pulled every such question to the one entry whose phrasings say "имеет в виду" (the
// regional players the ministry means), so Putin's compromises got the ministry's players, or the question was
// unsure. Taken off the question only (readers.ts): the knowledge base's phrasings keep their words, so "мид
// региональные игроки" still weighs the ministry's position against the players it leaves unnamed, as before.
import { foldedRussian } from "./plain-text.js";

/** Meaning something, any tense and number: "имеет в виду", "имелись в виду", "подразумевает". */
const MEANT =
  /(?<!\p{L})(?:(?:име(?:ет|л|ла|ли|ло|ют|ется|ются|лся|лась|лись|лось|ю|ешь))\s+в\s+виду|подразумева(?:ет|л|ла|ли|ют|ется|ются|лось|лись|ешь))(?!\p{L})/gu;

/** The Russian question without its words of meaning something, or as it came when it has none. */
export function withoutMeantWords(s: string): string {
  const folded = foldedRussian(s);
  const rest = folded.replace(MEANT, " ").replace(/\s+/g, " ").trim();
  return rest === folded || rest.length === 0 ? s : rest;
}
