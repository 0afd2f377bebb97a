// The word counts read character by character give exactly what split and filter give, on text mixing ASCII,
// Latin-1, Cyrillic, typographic punctuation, every kind of JavaScript whitespace and characters beyond the BMP.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { letteredWordCount, spaceSplitCount, wordCount } from "../../src/lib/word-count.js";

const PIECES = [
  "a",
  "Z",
  "7",
  "-",
  "'",
  "?",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\v",
  "\f",
  "\u00a0",
  "\u1680",
  "\u2003",
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
  "\u200b",
  "é",
  "ß",
  "\u00b7",
  "д",
  "Ё",
  "–",
  "’",
  "🙂",
  "𝐀",
  "\ud800",
  "\udc00",
  "word",
  "путин",
  "ʼ",
  "ª",
  "١",
  "\u0301",
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((xs) => xs.join(""));

describe("word-count", () => {
  it("letteredWordCount is split(/\\s+/) kept to pieces with a letter", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(letteredWordCount(t)).toBe(t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length);
      }),
      { numRuns: 3000 },
    );
  });

  it("wordCount is split(/\\s+/) kept to non-empty pieces", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(wordCount(t)).toBe(t.split(/\s+/).filter(Boolean).length);
      }),
      { numRuns: 3000 },
    );
  });

  it("spaceSplitCount is the length of split(/\\s+/)", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(spaceSplitCount(t)).toBe(t.split(/\s+/).length);
      }),
      { numRuns: 3000 },
    );
  });

  it("counts by hand", () => {
    expect(letteredWordCount("  so, 42 — what did Путин say?  ")).toBe(5);
    expect(wordCount("  so, 42 — what  ")).toBe(4);
    expect(spaceSplitCount("  so, 42 ")).toBe(4);
    expect(spaceSplitCount("")).toBe(1);
  });
});
