// A call asked as an event ("was there a phone call between putin and the turkish president", "has there been a call
// between the russian president and turkey's leader"): the claim checker read "there a call between X and Y" and
// found no one doing it, so the verdict was a false "the article doesn't say" beside the card reporting the call
// (blind88's closing note; quality39). Put as the deed ("X had a phone call with Y"), it reads the call the article
// reports — and a call with someone else stays unconfirmed. Read by yes-no-question.ts's statementOf.

const EXISTENTIAL_CALL =
  /^(?:so |and |but )?(?:was there|has there been|had there been|is there|were there|did there be) (?:a |any |an |one )?(?:(?:phone|telephone) )?(?:call|calls|conversation|phone conversation|talk|talks|chat|phone chat) between (.{2,60}?) and (.{2,60}?)[?!. ]*$/u;

/** "was there a call between X and Y" as "X had a phone call with Y"; null for any other question. */
export function callAsDeed(folded: string): string | null {
  const m = EXISTENTIAL_CALL.exec(folded);
  return m ? `${m[1]} had a phone call with ${m[2]}` : null;
}
