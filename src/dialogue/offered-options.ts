// A wh-question that offers its own options ("so who is putin actually blaming, israel or hamas?", "who did
// putin call, erdogan or biden?"): each side asked yes/no (alternative.ts) may find an entry about that side
// (the ties with Israel) that does not answer the question. A side the article supports stands only where the
// whole question's own answer is the same entry; where both options are wrong (he blames the US), the whole
// question's answer says whom he does blame.
const WH_LEAD =
  /^(?:(?:so|and|but|ok|okay|well|then|wait)[, ]+)?(?:who|whom|whose|which|what|кто|кого|кому|чья|чей|чьи|какую|какой|какие)(?!\p{L})/u;

/** Whether the question opens with a question word, its "X or Y" being options offered for it. */
export function offersOptions(folded: string): boolean {
  return WH_LEAD.test(folded.trim());
}
