// A reader introducing themself before the question: "hi im doing a school project, can you explain…", "I'm a
// journalism student. Does the article say…", "i have a homework assignment - could you tell me…", "я делаю
// доклад для школы: почему…", "я студентка, подскажите…". Who asks and what for is no part of the question: the
// engine read the project or the student as the topic and refused. Dropped like chat glue (chat-glue.ts).
import { lean, leanRegExp } from "../lib/lean-regexp.js";

const GREETING =
  "(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|привет|здравствуйте|добрый день)[,!.]*\\s+)?";
const END = "\\s*(?:[,.!:;]+|\\s[—–-]+)\\s*(?:(?:so|and|но|и|поэтому|так что)\\s+)?";
const WORD_EN = "[\\p{L}'-]+";

const INTRO_EN = leanRegExp(
  `^${GREETING}(?:(?:i'?m|i am|we'?re|we are) (?:doing|working on|writing|preparing|making|researching)(?: for)?|i (?:have|got|need to do|need to write|am writing|have to do|have to write)) (?:a|an|my|our|some|this) (?:${WORD_EN} ){0,3}?(?:project|homework|assignment|essay|report|paper|presentation|thesis|research|piece)(?: (?:for|on|about|in|at) (?:${WORD_EN} ){0,3}?${WORD_EN})?${END}(?=\\S)|^${GREETING}(?:i'?m|i am) (?:a|an) (?:${WORD_EN} ){0,2}?(?:student|teacher|journalist|reporter|researcher|pupil|writer|blogger)(?: (?:of|at|in|from) (?:${WORD_EN} ){0,2}?${WORD_EN})?${END}(?=\\S)`,
  "iu",
);
const INTRO_RU = leanRegExp(
  `^${GREETING}я (?:делаю|пишу|готовлю|готовлюсь к|работаю над) (?:\\p{L}+ ){0,2}?(?:доклад\\p{L}*|реферат\\p{L}*|проект\\p{L}*|сочинени\\p{L}*|эссе|презентаци\\p{L}*|курсов\\p{L}*|домашк\\p{L}*|домашнее задание|работ\\p{L}*)(?: (?:для|по|о|об|про|в|на) (?:\\p{L}+ ){0,2}?\\p{L}+)?${END}(?=\\S)|^${GREETING}я (?:студент\\p{L}*|школьни\\p{L}*|журналист\\p{L}*|учени\\p{L}*|учитель\\p{L}*)(?: (?:\\p{L}+ ){0,2}?\\p{L}+)?${END}(?=\\S)`,
  "iu",
);
/** "объясни простыми словами, я делаю доклад для школы: почему…": the introduction inside the request. */
const INSIDE_RU = lean(/,\s*(я (?:делаю|пишу|готовлю) [^,:.!?]{2,40}?)\s*[:,—–-]+\s*(?=\S)/iu);

/** The message without the reader's introduction of themself, or the message itself. */
export function withoutSelfIntro(text: string): string {
  if (text.length > 400) return text;
  const rest = text.replace(INTRO_EN, "").replace(INTRO_RU, "");
  const inside = INSIDE_RU.exec(rest);
  const plain = inside && INTRO_RU.test(`${inside[1]}: x`) ? rest.replace(INSIDE_RU, " ") : rest;
  return /[\p{L}\p{N}]/u.test(plain) ? plain : text;
}
