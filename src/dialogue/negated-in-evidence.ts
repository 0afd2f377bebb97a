// "А США искали компромиссы для обеих сторон?" where the evidence says Washington acted "не рассматривая
// компромиссов": the question asks, with no negation of its own, for a thing the evidence names only under a
// negation ("не …", "без …"). The entry's curated Yes is on its own point (Putin criticizes Washington), not on
// this one: the article says the opposite, so No.

const NEGATION = /(?<!\p{L})(?:не|ни|нет|без|never|not|without|no)(?!\p{L})/u;
/** A negation and at most one word before the negated word: "не рассматривая компромиссов", "без компромиссов". */
const NEGATED_PHRASE = /(?<!\p{L})(?:не|ни|без|without|not|never)\s+(?:\p{L}+\s+)?(\p{L}+)/gu;
/** Shorter words are too often grammar ("для", "обеих"); a stem of six letters matches a word in any case. */
const STEM = 6;

/** Whether the question asks, unnegated, for what the evidence says only with a negation. */
export function negatedInEvidence(question: string, evidence: string): boolean {
  const q = question.toLowerCase();
  if (NEGATION.test(q)) return false;
  const negated = [...evidence.toLowerCase().matchAll(NEGATED_PHRASE)].map((m) => m[1]!.slice(0, STEM));
  const asked = q.split(/[^\p{L}]+/u).filter((w) => w.length >= 7);
  return asked.some((w) => negated.some((n) => n.length === STEM && w.startsWith(n)));
}
