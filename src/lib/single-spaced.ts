// `text.replace(/\s+/g, " ")` without the copy when it would change nothing: a global replace builds a new string
// whenever the pattern matches, and in most questions every match is already one plain space (perf-speed48: the
// readers that collapse white space made a copy of every message each).

/** White space other than a plain space, or two spaces in a row: something `\s+` → " " would change. */
const TO_COLLAPSE = /[^\S ]| {2}/;
const WHITE_RUNS = /\s+/g;

/** The text with each run of white space made one plain space (the text itself when it already is). */
export function singleSpaced(text: string): string {
  return TO_COLLAPSE.test(text) ? text.replace(WHITE_RUNS, " ") : text;
}
