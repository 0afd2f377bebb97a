// A question that names a part of the article ("according to the conclusion, what is urgently required?", "what
// does the last paragraph argue?", "in the opening paragraph, who…"): where the engine cannot choose between near
// entries, the one whose quotes come from that paragraph is what is asked.
import type { Entry } from "../knowledge/index.js";

export const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

const LAST =
  /\b(?:(?:last|final|closing|concluding|end(?:ing)?) (?:paragraph|part|section|lines?|sentences?|bit|words)|conclusion|ending|at the end|end of the (?:article|text|story|piece|report))\b/;
const FIRST =
  /\b(?:(?:opening|introductory|intro) (?:paragraph|part|section|lines?|sentences?|bit)|intro|introduction|lead paragraph|at the (?:start|beginning)|(?:start|beginning) of the (?:article|text|story|piece|report))\b/;
const ORDINAL = new RegExp(`\\b(${ORDINALS.join("|")}) (?:paragraph|para)\\b|\\bparagraph (\\d{1,2})\\b`);

/** The paragraph (1-based) a question (normalised words) names, or null; `count`: the article's paragraphs. */
export function namedParagraph(words: string, count: number): number | null {
  const ordinal = ORDINAL.exec(words);
  if (ordinal) {
    const n = ordinal[1] !== undefined ? ORDINALS.indexOf(ordinal[1]) + 1 : Number(ordinal[2]);
    return n >= 1 && n <= count ? n : null;
  }
  if (LAST.test(words)) return count;
  if (FIRST.test(words)) return 1;
  return null;
}

/** The one candidate quoting that paragraph (or, of several, the one quoting only it); null when none or many. */
export function entryOfParagraph(candidates: readonly Entry[], paragraph: number): Entry | null {
  const quoting = candidates.filter(
    (e) => e.kind === "answer" && e.quotes.some((q) => q.paragraph === paragraph),
  );
  if (quoting.length === 1) return quoting[0]!;
  const only = quoting.filter((e) => e.kind === "answer" && e.quotes.every((q) => q.paragraph === paragraph));
  return only.length === 1 ? only[0]! : null;
}
