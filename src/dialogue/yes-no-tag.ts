// Kind: an English yes/no question with a bare "yes or no" tagged on — "Is the US to blame according to Putin? Yes
// or no.", "does russia back a ceasefire, yes/no?", "did putin call erdogan? just yes or no please" (blind98,
// quality48). two-questions.ts keeps the tag with its question, but the tag then stayed in the statement the claim
// checker reads: "the US is to blame according to Putin? yes or no." lost the owned Yes to "doesn't say", and with
// "yes/no" it read as No. The tag asks nothing of its own; the question is read without it ("…Putin?"). Only after a
// question its auxiliary opens (a wh-question with the tag is left as typed); Russian tags («да или нет», «да/нет»)
// are yes-no-question.ts's. Text in, text out.

const TAG =
  /[\s,;:?!.-]+(?:(?:just|only|answer|simply|so|ok|okay|pls|please)[,:]?\s+){0,2}(?:yes or no|yes\/no|yes-no|y\/n)(?:\s+(?:please|pls|plz|only|thanks|thx))?[\s?!.]*$/iu;

/** An auxiliary opening the question, after a lead word or two ("so", "ok", "hey bot,"). */
const AUXILIARY_FIRST =
  /^(?:(?:so|and|but|ok|okay|well|then|hey|yo|quick one|bot|hey bot)[,.!:]*\s+){0,2}(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|isn't|aren't|wasn't|doesn't|didn't|hasn't|haven't)(?!\p{L})/iu;

/** The question without its "yes or no" tag and with its question mark, or null when it has no such tag. */
export function withoutYesOrNoTag(text: string): string | null {
  const tag = TAG.exec(text);
  if (!tag || tag.index === 0) return null;
  const question = text.slice(0, tag.index).trim();
  if (question.length === 0 || !AUXILIARY_FIRST.test(question)) return null;
  return `${question}?`;
}
