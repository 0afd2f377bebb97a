// Case folding for the prefilter's literals (required-literals.ts, prefiltered-regexp.ts): one folded copy of a
// subject, in which a literal read from an /i or /iu pattern is looked for.

/** Lower-cased letters that case folding ties to another one (ſ and s, ᲀ and в, ς and σ…), and what they become. */
const ODD: Readonly<Record<string, string>> = {
  "\u0131": "i",
  "\u017f": "s",
  "\u00b5": "\u03bc",
  "\u0345": "\u03b9",
  "\u1fbe": "\u03b9",
  "\u03d0": "\u03b2",
  "\u03f5": "\u03b5",
  "\u03d1": "\u03b8",
  "\u03f0": "\u03ba",
  "\u03d6": "\u03c0",
  "\u03f1": "\u03c1",
  "\u03c2": "\u03c3",
  "\u03d5": "\u03c6",
  "\u1c80": "\u0432",
  "\u1c81": "\u0434",
  "\u1c82": "\u043e",
  "\u1c83": "\u0441",
  "\u1c84": "\u0442",
  "\u1c85": "\u0442",
  "\u1c86": "\u044a",
  "\u1c87": "\u0463",
  "\u1c88": "\ua64b",
  "\u1e9b": "\u1e61",
};
const ODD_CHAR =
  /\u0345|[\u0131\u017f\u00b5\u1fbe\u03d0\u03f5\u03d1\u03f0\u03d6\u03f1\u03c2\u03d5\u1c80-\u1c88\u1e9b]/g;

/**
 * The text case-folded: any two characters an /i or /iu regexp matches one for the other come out the same
 * (lower-cased, then the letters of ODD mapped; test/lib/required-literals.test.ts checks every code unit).
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  ODD_CHAR.lastIndex = 0;
  return ODD_CHAR.test(lower) ? lower.replace(ODD_CHAR, (c) => ODD[c]!) : lower;
}
