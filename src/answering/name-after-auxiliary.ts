// A story name mistyped as the subject right after "does", "did", "will", "can", …: "does puttin want a palestinain
// state?". The typo fixer prefers a word that keeps every typed letter, so "puttin" became "putting" (the knowledge
// base says "putting the blame") and the question was refused; but a form in -ing never follows "does" or "did" as
// its subject, so there the name one edit away is meant. Elsewhere ("who is puttin the blame on them") the slip is
// left to the typo fixer.
import { editDistance } from "./typos.js";

/** The story's names a reader asks about as a subject. */
const NAMES = ["putin", "peskov", "erdogan", "kremlin", "moscow", "russia", "hamas", "israel"];

/** An auxiliary taking a bare subject, at the start or after a question word. */
const SUBJECT_SLOT =
  /^(\s*(?:(?:so|and|but|ok|okay)[, ]+)?(?:(?:what|why|how|where|who|whom|which|when)\s+)?(?:does|doesn't|doesnt|did|didn't|didnt|do|will|would|can|could|should|has|had)\s+)([\p{L}]{4,12})(?=(?:'s|\u2019s)?\s)/iu;

/** The question with a subject slip after an auxiliary read as the story's name, or as it came. */
export function withNameAfterAuxiliary(question: string): string {
  const m = SUBJECT_SLOT.exec(question);
  if (!m) return question;
  const typed = m[2]!.toLowerCase();
  if (NAMES.includes(typed)) return question;
  const near = NAMES.filter((n) => editDistance(typed, n, 1) <= 1);
  if (near.length !== 1) return question;
  return `${m[1]}${near[0]}${question.slice(m[0].length)}`;
}
