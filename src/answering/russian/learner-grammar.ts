// A learner's broken Russian (wave BX, quality47ru): «Извините мой русский плохо. Путин хочет война стоп?», «Россия
// помогать мир?». Three things a learner does that the lexicon cannot read: an apology for one's Russian before the
// question (who the asker is, not what they ask; taken off at the start, up to the sentence's end), "стоп" beside the
// fighting for its stop ("война стоп", "стоп огонь": the ceasefire, «прекращение огня»), and a verb left in the
// infinitive after a party of the story ("Путин хотеть", "Кремль помогать": the present tense). Nothing else is read.

const APOLOGY =
  /^\s*(?:(?:извин\p{L}*|прост\p{L}*|sorry|сорри|сори)[\s,.!]*(?:за\s+)?)?(?:(?:мой|мое|моё)\s+русск\p{L}*(?:\s+(?:(?:очень|совсем|не\s+очень|ещ[её])\s+)?(?:плох\p{L}*|хорош\p{L}*|слаб\p{L}*|не\s+очень|так\s+себе))?|(?:я\s+)?(?:плохо|не\s+очень\s+хорошо|слабо)\s+(?:говорю|знаю|пишу)\s+(?:(?:по-)?русск\p{L}*)(?:\s+язык\p{L}*)?|(?:я\s+)?русск\p{L}*\s+(?:плохо|слабо)(?:\s+(?:знаю|говорю))?)\s*[.,:;!—–-]+\s*/iu;
/** An apology alone ("извините, …") is not taken off: only with one's Russian named. */
const NAMES_RUSSIAN = /русск/iu;

const FIGHTING = "(?:войн[аыу]|огон[ья]|огн[яю]|стрельб[аыу]|стрелять|бо[йи]|насили[ея]|конфликт)";
const STOP_AFTER = new RegExp(`(?<!\\p{L})${FIGHTING}\\s+стоп(?!\\p{L})`, "giu");
const STOP_BEFORE = new RegExp(`(?<!\\p{L})стоп\\s+${FIGHTING}(?!\\p{L})`, "giu");

const PARTY = "(?:путин|россия|кремль|москва|песков|мид|эрдоган|сша|америка)";
const INFINITIVE_AS_PRESENT: Readonly<Record<string, string>> = {
  хотеть: "хочет",
  помогать: "помогает",
  помочь: "хочет помочь",
  говорить: "говорит",
  сказать: "сказал",
  думать: "думает",
  винить: "винит",
  критиковать: "критикует",
  поддерживать: "поддерживает",
  звонить: "звонил",
  просить: "просит",
};
const INFINITIVE = new RegExp(
  `(?<!\\p{L})(${PARTY})\\s+(${Object.keys(INFINITIVE_AS_PRESENT).join("|")})(?!\\p{L})`,
  "giu",
);

const SAYING = /^(?:говорить|сказать|думать)$/iu;
/** What follows a verb of saying that is no clause: a topic or a partner («о», «про», «с»), «что», or nothing. */
const NOT_A_CLAUSE = /^\s*(?:(?:о|об|обо|про|с|со|по|что|ли)(?!\p{L})|[?!.]*$)/iu;

/** The question with a learner's apology off and the broken forms read, or as it came. */
export function withLearnerGrammarRead(text: string): string {
  if (text.length > 200) return text;
  let out = text;
  const apology = APOLOGY.exec(out);
  if (apology && NAMES_RUSSIAN.test(apology[0]) && out.length > apology[0].length + 3)
    out = out.slice(apology[0].length);
  out = out.replace(STOP_AFTER, "прекращение огня").replace(STOP_BEFORE, "прекращение огня");
  out = out.replace(INFINITIVE, (m, party: string, verb: string, at: number, whole: string) => {
    const present = `${party} ${INFINITIVE_AS_PRESENT[verb.toLowerCase()]}`;
    // «Путин говорить США виноват?»: a verb of saying or thinking bare before a clause joins it with «что».
    const clause = SAYING.test(verb) && !NOT_A_CLAUSE.test(whole.slice(at + m.length));
    return clause ? `${present} что` : present;
  });
  return out;
}
