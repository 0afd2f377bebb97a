// A negation inside a reported clause (verdict48): "so he thinks the americans didn't take … into account?",
// «то есть он считает, что американцы не учли интересы палестинцев?». The question asks what a party holds or says;
// the clause's «не» is that party's claim, not the asker's denial. loaded-negation.ts reads such a question as it
// stands, not through a "positive" with the clause's negation taken out (which asked whether he thinks they did take
// them into account and answered «Нет, не учитывают.» to a view the article gives). The asker's own "I think …" is
// not a reported clause (a third-person verb only). Plain tests, linear on the text.

/** Verbs of holding or saying, third person or after "does" / "did" (present and past), English and Russian. */
const REPORTING_VERB =
  /(?<!\p{L})(?:think|thinks|thought|believe|believes|believed|say|says|said|claim|claims|claimed|hold|holds|held|feel|feels|felt|reckon|reckons|reckoned|argue|argues|argued|suggest|suggests|suggested|insist|insists|insisted|maintain|maintains|maintained|считает|считал|думает|думал|полагает|полагал|говорит|говорил|сказал|утверждает|утверждал|заявляет|заявил|уверен|убежд[её]н)(?!\p{L})/u;
/** The asker or the bot just before the verb: their own view ("i thought", "do you think", «я думал»). */
const FIRST_PERSON_BEFORE = /(?<!\p{L})(?:i|we|you|я|мы|ты|вы)\s*$/u;
/** The first negation of the question. */
const NEGATION = /(?<!\p{L})(?:not|never|не|ни)(?!\p{L})|n't(?!\p{L})/u;
/** At least one word between the verb and the negation: the clause's own subject ("the americans", «что сша»). */
const CLAUSE_BEFORE_NEGATION = /\p{L}/u;
const MAX_CHARS = 300;

/** The question's first negation stands inside a clause reported of a third party. `text` lower case. */
export function negationInReportedClause(text: string): boolean {
  if (text.length > MAX_CHARS) return false;
  const negation = NEGATION.exec(text);
  if (!negation) return false;
  const before = text.slice(0, negation.index);
  const verb = REPORTING_VERB.exec(before);
  if (!verb || FIRST_PERSON_BEFORE.test(before.slice(0, verb.index))) return false;
  return CLAUSE_BEFORE_NEGATION.test(before.slice(verb.index + verb[0].length));
}
