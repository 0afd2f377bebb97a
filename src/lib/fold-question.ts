// One spelling of a chat question for the readers that match it with lower-case patterns: lower case, "ё" as "е",
// every apostrophe a straight one, white space single, no space at the ends. The dialogue and answering readers
// each wrote this by hand, each a little differently (one kept curly apostrophes, one kept double spaces); this is
// the union. Not src/lib/fold-case.ts, which folds a regular expression's case, not a question.
import { rememberingLast } from "./last-results.js";
import { singleSpaced } from "./single-spaced.js";

/** Curly, modifier-letter and grave/acute apostrophes: what phones and keyboards type for "'". */
const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;
const YO = /ё/g;

/**
 * The question lower case, "ё" as "е", apostrophes straight, each white-space run one space, trimmed. The readers of
 * one turn fold the same message ~20 times (perf40): the last 4 texts' folds are a look-up.
 */
export const foldQuestion: (text: string) => string = rememberingLast((text) =>
  singleSpaced(text.toLowerCase().replace(YO, "е").replace(APOSTROPHES, "'")).trim(),
);

/** Question marks, exclamation marks, full stops, ellipses and spaces off the end: the readers' patterns end on a word. */
const END_MARKS = /[?!.…\s]+$/u;

/** The text without its closing marks ("is he upset about that?!" → "is he upset about that"). */
export function withoutEndMarks(text: string): string {
  return text.replace(END_MARKS, "");
}
