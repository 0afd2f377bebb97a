// A Russian yes/no that asks for a judgement of someone ("путин прав?", "а он прав?", "прав ли кремль?",
// "путин молодец?", "они правы или нет?"): the article reports positions and judges no one, so such a question
// has no verdict of the article's — "не сказано", beside what the last card says. Without this reading the
// short adjective "прав" folds into the stem of "право" and the question came out as the Palestinian-state
// card's own question, answered "Да." (dialog35's note; quality-ru30). "Имеют право", "права человека",
// "права палестинцев" (rights, a noun) are not read: the word must be the sentence's predicate — at the
// question's end, or before "ли", "в/во", "насчёт", "что", "когда", "или". "…, я прав?" is the asker's tag
// on a reading of their own, which keeps its verdict.
import { foldQuestion } from "../lib/fold-question.js";

/** A short adjective of rightness or a word of praise, as the predicate of a question. */
const JUDGED =
  /(?<!\p{L})(?:(?:не)?прав(?:а|ы)?|молод(?:е)?ц(?:ы)?)(?=\s*(?:$|[?!.,…]|(?:ли|в|во|насч[её]т|что|когда|или|ведь|же|вообще|тут|здесь|сейчас)(?!\p{L})))/u;
/** Words before the adjective that make "права" a noun (rights): "имеют права", "их права", "на права". */
const RIGHTS_NOUN =
  /(?<!\p{L})(?:име\p{L}*|есть|их|его|свои\p{L}*|на|о|об|за|без|для|нарушени\p{L}*|защит\p{L}*|человека)\s+(?:не)?прав[аы]?(?!\p{L})/u;

/** "…, я прав?", "прав ли я?", "вы правы": the asker's own reading put up to be checked, a tag and no judgement. */
const ASKER_TAG =
  /(?<!\p{L})(?:(?:я|мы|ты|вы)\s+(?:не)?прав[аы]?|(?:не)?прав[аы]?\s+(?:ли\s+)?(?:я|мы|ты|вы))(?!\p{L})/u;

/**
 * The reply to a judgement the engine could not place ("россия права?" with no card before it, or one naming
 * another party than the card's): the article's own silence, not "which question?" (quality-ru31). The suggestions
 * stay, so the reader still sees what the article does say.
 */
export const UNPLACED_JUDGEMENT_RU =
  "В статье об этом не сказано: она никого не оценивает, а передаёт, что говорят Путин, Песков, Кремль и МИД России.";

/** Whether a Russian yes/no asks whether someone is right or did well: the article gives no such judgement. */
export function asksJudgementRu(question: string): boolean {
  const q = foldQuestion(question);
  if (q.length > 160) return false;
  return JUDGED.test(q) && !RIGHTS_NOUN.test(q) && !ASKER_TAG.test(q);
}

/**
 * "does it say who's right in the war?", "which side is in the right?", "is it saying israel is in the wrong?": a
 * judgement of the warring sides the article never gives (it reports positions and takes no side). Read as the
 * blame cards it was a false "No." (Putin's blame on the US standing for the whole article, d51-24#2). "am I right",
 * "right away", "the right to…" are no judgement: the word must follow who / which side / a side being judged.
 */
const JUDGED_EN =
  /(?<!\p{L})(?:who(?:'s|’s| is| was| are)|which (?:side|party|one)(?:'s|’s| is| was)?|(?:is|are|was|were) (?:israel|hamas|the israelis|the palestinians|gaza|either side|one side|neither side)) (?:(?:really|actually) )?(?:in the right|in the wrong|right|wrong)(?=\s*(?:$|[?!.,]|(?:in|about|here|there|overall|or)(?!\p{L})))/u;

/** Whether an English yes/no asks which side is right or wrong: the article gives no such judgement. */
export function asksJudgementEn(question: string): boolean {
  const q = foldQuestion(question);
  return q.length <= 160 && JUDGED_EN.test(q);
}
