// Kind (dialog45, d109-11#1): the way of the reported contact asked as a statement with a question mark, the
// auxiliary dropped — "putin n erdogan met face to face?", "putin and erdogan had an in-person meeting?", "they
// spoke in person?". The contact mode (contact-mode.ts) already knows the answer (No: it was a phone call), but the
// yes/no line (yes-no-question.ts) reads a dropped auxiliary only before a participle or a stance word, so "met" /
// "had" left the message no yes/no and the engine unsure between near questions ("did you mean"). Asked of the
// contact the mode settles, a question mark and no question word are enough. Russian asks by intonation already.
import type { Lang } from "../answering/types.js";
import { ANY_QUESTION_WORD } from "./yes-no-question.js";

/** A finite verb of the statement: a keyword query ("putin erdogan call?") has none and stays no yes/no. */
const FINITE =
  /(?<!\p{L})(?:met|had|has|have|spoke|talked|saw|sat|called|phoned|rang|was|were|did|got)(?!\p{L})/u;

/** An English message ending in "?" with no question word and a finite verb: a statement asked back. */
export function contactAskedBack(raw: string, folded: string, lang: Lang): boolean {
  return lang === "en" && raw.trim().endsWith("?") && !ANY_QUESTION_WORD.test(folded) && FINITE.test(folded);
}
