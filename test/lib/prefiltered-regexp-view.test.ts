// PrefilteredRegExp on the one-byte view (perf33): a pattern the view suits reads a subject with characters above
// U+00FF on it (test, search) or runs on the subject only when the view holds a match (exec, match, replace, split);
// on every use and flag set the results and lastIndex are a plain RegExp's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PrefilteredRegExp } from "../../src/lib/prefiltered-regexp.js";
import { viewSafety, wideTextView } from "../../src/lib/wide-view.js";
import { regexpUses } from "../helpers/regexp-uses.js";

/** Pattern pieces: ASCII (view-safe) and ones the view must refuse or pass on (named wide characters, ranges). */
const atom = fc.constantFrom(
  "a",
  "the",
  " ",
  "\\s",
  "\\s+",
  "\\S+",
  "\\w+",
  "\\W",
  "\\b",
  "\\B",
  ".",
  ".*?",
  "[^?]{0,5}",
  "[a-z]+",
  "[^a-z ]",
  "(\\S+)",
  "(.+?)",
  "(?:a|the)?",
  "\\d",
  "$",
  "^",
  "(?=\\s)",
  "(?<!\\w)",
  "[-'.]",
  "[-\u2013\u2014.?!]",
  "\u0434",
  "[\u0430-\u044f]",
  "[^\u0430-\u044f]",
  "erdo[g\u011f]an",
  "\u00e9",
);
const pattern = fc.tuple(
  fc.array(atom, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")),
  fc.constantFrom("", "i", "g", "gi", "m", "y", "u", "iu", "giu", "gu", "yu", "d", "s", "su"),
);
/** Text mixing ASCII, Latin-1, Cyrillic, typographic punctuation, wide whitespace, an emoji, odd case pairs. */
const text = fc
  .array(
    fc.constantFrom(
      "a",
      "the",
      " ",
      "?",
      "5",
      "\u00e9",
      "\u00c9",
      "\xa0",
      "\u0434",
      "\u0414",
      "\u044f",
      "\u2013",
      "\u2019",
      "\u2009",
      "\u2028",
      "\ud83d\ude00",
      "erdo\u011fan",
      "ERDO\u011eAN",
      "\u03bc",
      "\u0178",
      "\u212a",
      "\u017f",
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(""));

describe("PrefilteredRegExp on the one-byte view", () => {
  it("gives what a plain RegExp gives on text with characters above U+00FF, on every use and flag set", () => {
    fc.assert(
      fc.property(pattern, text, fc.nat(6), ([source, flags], subject, start) => {
        const plain = new RegExp(source, flags);
        const filtered = new PrefilteredRegExp(source, flags, []);
        expect(regexpUses(filtered, subject, start)).toEqual(regexpUses(plain, subject, start));
      }),
      { numRuns: 4000 },
    );
  });

  it("suits ASCII patterns; refuses v, unsafe escapes, C1, ranges with a non-ASCII end, non-ASCII under u", () => {
    expect(viewSafety(String.raw`\bwho\s+(?:is|was)\b`, "i")).toBe(true);
    const unicode = viewSafety(String.raw`\bwho\s+(?:is|was)\b`, "iu") as RegExp;
    for (const apart of ["\u017f", "\u212a", "\ud83d\ude00", "\ud83d"])
      expect(unicode.test(`a${apart}`)).toBe(true);
    expect(unicode.test("\u0434\u2013\u00e9")).toBe(false);
    for (const [source, flags] of [
      ["\u0434", "u"],
      ["erdo[g\u011f]an", "iu"],
      ["a", "v"],
      [String.raw`\u0434`, ""],
      [String.raw`\x80`, ""],
      ["\x85", ""],
      [String.raw`(a)\1`, ""],
      ["[\u0430-\u044f]", ""],
      ["[a-\u00ff]", ""],
    ] as const)
      expect(viewSafety(source, flags)).toBe(false);
    const kept = viewSafety("erdo[g\u011f]an", "i");
    expect(kept).toBeInstanceOf(RegExp);
    expect((kept as RegExp).test("ERDO\u011eAN")).toBe(true);
  });

  it("views only text with a character above U+00FF and no whitespace above it", () => {
    expect(wideTextView("plain caf\u00e9")).toBeNull();
    expect(wideTextView("a\u2009\u0434")).toBeNull();
    expect(wideTextView("is \u0434a \u2013 ok")).toBe("is \x80a \x80 ok");
  });
});
