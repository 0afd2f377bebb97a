// Kind: "does it say who's winning the war?", "does the piece say who will win the war": a forecast (or how the war
// stands) asked inside a frame about the article. The engine read the whole message, found the war's entries near
// and offered "did you mean…?"; the forecast reading (answering/future-outcome.ts) looks only at a question's
// start. The clause after the frame is what stand-alone.ts asks asksForecast about too, so the answer is the
// forecast's: asked yes/no, the article doesn't say. Null where the message has no such frame.

const FRAME =
  /^(?:(?:and|so|but|ok|okay|well|figured|fine)[,.!]*\s+)*(?:does|did|will) (?:it|the article|the text|the piece|the story|the report|this article|the author)(?: (?:even|actually|at least|ever|also))? (?:say|tell(?: us| you)?|mention|state|report|predict|reveal|indicate)\s+((?:who|which|whether|if)[\s'’].+)$/iu;

/** The clause a frame about the article asks ("who's winning the war"), or null. */
export function framedClauseOf(question: string): string | null {
  const clause = FRAME.exec(question.trim())?.[1];
  // "who's" may reach here folded ("who s", "whos").
  return clause ? clause.replace(/^who(?:'s|’s|s| s)(?!\p{L})/u, "who is") : null;
}
