// readsAsEnglish and isCommonEnglishSpan read words in place: the same as cutting the runs of a-z out of the
// lower-cased text (split(/[^a-z]+/)) and looking each one up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCommonEnglish, isCommonEnglishSpan } from "../../src/answering/common-english.js";
import { readsAsEnglish } from "../../src/answering/english.js";

function readsAsEnglishBySplit(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== "");
  return words.filter(isCommonEnglish).length * 2 > words.length;
}

const PIECES = `the of a war peace zorblat qu xyzzy gaza Ceasefire TALKS Kremlin's don't
  путин мир é İ K ! ? 42 – ’`.split(/\s+/);
const SEPARATORS = [" ", "", "  ", ",", "\n", "-"];
const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 10 })
  .map((xs) => xs.map(([w, s]) => w + s).join(""));

describe("English words read in place", () => {
  it("readsAsEnglish gives what splitting the text gave", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(readsAsEnglish(t)).toBe(readsAsEnglishBySplit(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("isCommonEnglishSpan is isCommonEnglish of the slice", () => {
    fc.assert(
      fc.property(texts, fc.nat(40), fc.nat(40), (t, a, b) => {
        const from = Math.min(a, b, t.length);
        const to = Math.min(Math.max(a, b), t.length);
        expect(isCommonEnglishSpan(t, from, to)).toBe(isCommonEnglish(t.slice(from, to)));
      }),
      { numRuns: 3000 },
    );
    expect(isCommonEnglishSpan("xxpeacexx", 2, 7)).toBe(true);
    expect(isCommonEnglishSpan("xxpeacexx", 2, 6)).toBe(false);
  });
});
