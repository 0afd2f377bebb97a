// A Russian sentence that asks only for the reply's shape, nothing of the story: "буду очень благодарна за краткое
// изложение основных моментов", "нужны главные тезисы коротко", "можно основные пункты кратко?", "кратко
// пожалуйста". After a question it is no second question: read as one, "кратко пожалуйста" was the whole story in
// brief beside "какой курс шекеля к рублю?" (the refusal then lost), and a ramble's closing thanks for "краткое
// изложение" kept it from its question (blind-ru26). The ramble reader (ramble-question.ts) drops such sentences;
// the two-questions split (src/dialogue/two-questions.ts) leaves a message whole when its second half is one.

/** Words of the reply's size and form, and courtesy beside them; each word matches one way only (a word also
 * listed whole beside its stem would let a failing match try 2^n splits). */
const SHAPE_WORDS =
  "(?:(?:очень|совсем|как можно|по возможности|пожалуйста|плиз|пж|вкратце|просто|покороче|попроще|по пунктам|простыми словами|своими словами|кратк\\p{L}*|коротк\\p{L}*|прост(?:ое|ой|ую|ые|ых|ым)|сжат\\p{L}*|подробн\\p{L}*|небольш\\p{L}*|главн\\p{L}*|основн\\p{L}*|ключев\\p{L}*|изложени\\p{L}*|пересказ\\p{L}*|ответ|объяснени\\p{L}*|разъяснени\\p{L}*|помощь|резюме|выжимк\\p{L}*|сводк\\p{L}*|тезис\\p{L}*|пункт\\p{L}*|момент\\p{L}*|мысл\\p{L}*|суть)(?: |$))+";
/** Adverbs of size alone ("кратко пожалуйста"), or a plea naming the form ("нужны главные тезисы коротко"). */
const SHAPE_ONLY = new RegExp(
  `^(?:(?:буду (?:очень |весьма )?(?:благодар\\p{L}*|признател\\p{L}*)|(?:заранее )?(?:спасибо|благодарю)) за |(?:нужн[ыао]?|нужен|можно|дайте|дай|напишите|напиши|хотелось бы|хочу) )?${SHAPE_WORDS}$`,
  "u",
);
/** The adverbs that make a bare plea: a noun alone ("основные моменты") may itself ask for the story's points. */
const BARE_SIZE =
  /^(?:(?:очень|пожалуйста|плиз|пж|коротко|кратко|вкратце|сжато|просто|покороче|попроще|по пунктам|простыми словами|своими словами)(?: |$))+$/u;

const MAX_CHARS = 120;

/** Lower case, ё as е, the words only (also the ramble reader's sentence form). */
export const plainWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Whether the sentence asks only for the reply's shape. */
export function asksOnlyShapeRu(sentence: string): boolean {
  const words = plainWords(sentence);
  // A plea of shape is a few words: a long sentence is never one, and the patterns stay short on it.
  if (words === "" || words.length > MAX_CHARS) return false;
  const padded = `${words} `;
  // A plea with its lead ("нужны …", "буду благодарна за …") may name the form's nouns; a bare one only sizes.
  return BARE_SIZE.test(padded) || (SHAPE_ONLY.test(padded) && !SHAPE_WORDS_ONLY.test(padded));
}

/** The shape words with no lead: only the bare sizes above count then. */
const SHAPE_WORDS_ONLY = new RegExp(`^${SHAPE_WORDS}$`, "u");
