// "Was Putin worried not only about Gaza?", "у России связи не только с палестинцами?": "not only X" widens, so it
// asks whether the article names more than X for that relation — the mirror of "only X" (only-restriction.ts).

import type { Answer, Lang } from "../answering/types.js";
import { candidatesFor, namesMoreThan } from "./only-restriction.js";
import { ONLY_WORDS } from "./restrictive-only.js";

/** "not"/«не» before one of restrictive-only.ts's words: the same words, the opposite sense. */
const NOT_ONLY = new RegExp(`(?<!\\p{L})(?:not|не)\\s+${ONLY_WORDS}(?!\\p{L})`, "u");

/** Whether the question widens with "not only/не только". */
export const widensNotOnly = (folded: string): boolean => NOT_ONLY.test(folded);

/**
 * Yes with the passage naming the thing beside more (the found answer, or what the question finds without "not
 * only" or without the thing); otherwise the article doesn't say — never the No an "only X" reading would give.
 */
export function notOnlyVerdict(
  folded: string,
  restricted: string,
  answer: Answer,
  lang: Lang,
  findAnswer: (question: string) => Answer,
  answerForEntry: (id: string) => Answer | null,
): { verdict: "yes" | "not-said"; evidence: Answer } {
  // The entries the curators relate to the found one hold the wider relation ("ties with the Palestinians" ->
  // "relationships with both Israelis and Palestinians"); the thing must still stand beside more in their words.
  const related = answer.answered
    ? answer.suggestions.slice(0, 3).flatMap((s) => answerForEntry(s.entryId) ?? [])
    : [];
  const candidates = candidatesFor(folded.replace(NOT_ONLY, " "), restricted, answer, findAnswer);
  for (const candidate of [...candidates, ...related.filter((r) => r.answered)])
    if (namesMoreThan(restricted, candidate, lang)) return { verdict: "yes", evidence: candidate };
  return { verdict: "not-said", evidence: answer };
}
