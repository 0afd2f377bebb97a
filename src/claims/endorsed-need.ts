// "Putin supports an immediate ceasefire", «МИД выступает за прямой диалог»: backing a thing the passage says is
// needed or important ("emphasized the urgent need for an immediate ceasefire", "stresses the importance of …
// direct dialogue") takes the passage's own side. Without this the endorsing verb, lined up with nothing, read as
// a stance of the claim's own and a fair paraphrase came out altered (claims-blind50, claims-own34). An endorsement
// negated ("does not support"), or a need the passage negates, still differs: the two must agree.
import type { Word } from "./claim-words.js";

/** Verbs and phrases of backing a thing («выступает за» is read as «поддерживает»); not "back": "backed down from". */
const ENDORSING =
  /^(?:supports?|supported|supporting|endorse[sd]?|endorsing|favou?rs?|favou?red|in\s+favou?r\s+of|advocates?|advocated|advocating|поддерживает|поддерживают|поддержал[аио]?|выступает\s+за|выступил[аио]?\s+за|выступают\s+за)$/iu;
/** A passage word saying its thing is needed or important: need, importance, urgency; «необходимость», «важность». */
const NEED =
  /^(?:need|needs|needed|importance|important|urgency|urgent|necessity|necessary|essential|необходим\p{L}*|важн\p{L}*|настоятельн\p{L}*|неотложн\p{L}*)$/iu;

/** The claim's word endorses, and the span (un-negated alike) calls something needed or important. */
export function endorsesNeed(claimWord: Word, spanWords: readonly Word[]): boolean {
  if (!ENDORSING.test(claimWord.surface)) return false;
  return spanWords.some((s) => NEED.test(s.surface) && s.negated === claimWord.negated);
}
