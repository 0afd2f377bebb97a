// Kind: a guilt asked of a party in Russian with no blaming doer — «то есть виноваты американцы?», «значит,
// виноват вашингтон?», «выходит, вина на сша?». As guilt-form.ts does in English: where a sentence of the evidence
// (the reply's own text or the article's quotes) blames that very party, the card holds the Yes. Not with a
// negation, nor with «тоже» / «только» / «один» (one more party or the only one: blame-scope.ts's).
import type { Answer, Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { foldQuestion } from "../lib/fold-question.js";
import { spaceSplitCount } from "../lib/word-count.js";
import { evidenceBlames } from "./guilt-form.js";

/** The blame word before or after the party: «виноват(ы)», «вина на», «во всём виноват». */
const GUILT_RU = /(?<!\p{L})(?:виноват\p{L}*|вина на|винов\p{L}*)(?!\p{L})/u;
const NOT_PLAIN = /(?<!\p{L})(?:не|ни|нет|тоже|также|только|одн[иао]|один|единственн\p{L}*|кто|ли)(?!\p{L})/u;
const BLAME_IN_EVIDENCE =
  /(?<!\p{L})(?:blam\p{L}*|fault\p{L}*|обвин\p{L}*|вин[аиуе]|винит|возлага\p{L}*|упрека\p{L}*)(?!\p{L})/u;
const MAX_WORDS = 7;

export function guiltOfBlamedRu(asked: string, answer: Answer, lang: Lang, parties: Parties): boolean {
  if (lang !== "ru" || !answer.answered || answer.kind !== "entry") return false;
  const text = foldQuestion(asked).replace(/[?!.\s]+$/u, "");
  if (!GUILT_RU.test(text) || NOT_PLAIN.test(text) || spaceSplitCount(text) > MAX_WORDS) return false;
  const named = partyMentions(parties, text);
  return named.length === 1 && evidenceBlames(answer, named[0]!.id, parties, BLAME_IN_EVIDENCE);
}
