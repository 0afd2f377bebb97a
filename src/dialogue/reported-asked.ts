// "did the article say what erdogan told putin?", "do we learn what he said back?", «в статье сказано, что ответил
// Эрдоган?»: whether the article reports X is answered on X, not on the entry the words of X find. The engine finds
// the call (Putin's words, whose curated verdict is Yes), but that evidence itself says the article does not report
// what Erdogan said: the answer is No. Only where the evidence has such a sentence and it is about the one whose
// words are asked ("what putin told erdogan" is reported: the sentence about Erdogan does not answer it).
import type { Answer, Lang } from "../answering/types.js";
import type { SpeakerNames } from "./speakers.js";

/** "did the article say / do we learn / does it tell us" + a question word, and the clause it asks of. */
const REPORT_ASKED_EN =
  /^(?:(?:so|and|but|ok|okay|well|wait)[, ]+)*(?:did|does|do|has|have|can) (?:the (?:article|story|piece|text|report)|it|we|you|they) (?:(?:ever|even|actually|really|at least|also) )?(?:say|says|said|report|reports|reported|tell|tells|told|mention|mentions|mentioned|quote|give|gives|learn|find out|hear|get|know|explain|explains)(?: (?:us|me|anywhere))? (?:what|anything|whether|if|how|why)(?!\p{L})(.{1,80})$/u;
const REPORT_ASKED_RU =
  /^(?:(?:а|и|ну|так)[, ]+)*(?:в статье|статья|из статьи|по статье|известно)[^?]{0,24}?(?:что|чего) (?:именно |же )?(.{1,80})$/u;
/** A Russian clause asks someone's words: a verb of saying or thinking. */
const SAYING_RU = /(?<!\p{L})(?:сказал|ответил|говорил|думает|заявил|отреагировал|предложил)\p{L}*/u;

/** A wording saying the article does not report what someone said or thinks (one sentence is tested at a time). */
const UNREPORTED =
  /(?:does not|doesn't|did not|didn't|do not) (?:report|quote|say|tell|give|describe)(?: (?:him|her|them|us))?(?: or (?:report|quote|say|tell|give|describe))? (?:what|anything|how|why|whether)|(?<!\p{L})не (?:сообщает|приводит|цитирует|передаёт|передает)(?!\p{L})/iu;

/** The evidence's first sentence with that wording (split first: no pattern scans the text from every start). */
const unreportedSentence = (text: string): string | undefined =>
  text.split(/[.!?;]+/u).find((sentence) => UNREPORTED.test(sentence));

const PRONOUN = /^(?:he|she|they|it|him|her|them|они|он|она)(?!\p{L})/u;

/** "no" where the question asks whether the article reports someone's words and the evidence says it does not. */
export function reportedAskedVerdict(
  folded: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): "no" | null {
  const clause = (lang === "ru" ? REPORT_ASKED_RU : REPORT_ASKED_EN)
    .exec(folded.trim().replace(/[?!.]+$/u, ""))?.[1]
    ?.trim();
  // A gap entry ("the article doesn't report anything Erdogan said") is read like an answer: its sentence says so.
  if (!clause || answer.kind !== "entry") return null;
  const denial = unreportedSentence(answer.answer);
  if (!denial) return null;
  const denied = new Set(speakers.namedIn(denial.toLowerCase()).map((n) => n.id));
  const inClause = speakers.namedIn(clause);
  // "what putin told erdogan": Putin's words are asked, the sentence denies Erdogan's.
  // In Russian the subject follows the verb («что ответил эрдоган»); in English it leads («what erdogan said»).
  const verb = lang === "ru" ? SAYING_RU.exec(clause) : null;
  if (lang === "ru" && !verb) return null;
  // Russian puts the subject on either side of the verb: the name before it («что путин сказал»), else after it.
  const beforeVerb = verb ? inClause.filter((n) => n.start < verb.index) : inClause;
  const subject = PRONOUN.test(clause) ? undefined : verb ? (beforeVerb[0] ?? inClause[0]) : inClause[0];
  if (subject) return denied.has(subject.id) ? "no" : null;
  // "what he told putin": the one asked is someone the clause does not name, whom the sentence names.
  return [...denied].some((id) => !inClause.some((n) => n.id === id)) ? "no" : null;
}
