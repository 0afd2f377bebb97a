import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commonEnglishWords } from "../../src/answering/common-english.js";
import { garbledAt } from "../../src/answering/everyday-slips.js";

/** The reading garbledAt had over a Set of three-letter strings (before perf32b's bit table): the reference. */
function setReading(): (word: string) => number | null {
  const triplesOf = (word: string) => {
    const marked = `^${word}$`;
    const out: string[] = [];
    for (let i = 0; i + 3 <= marked.length; i++) out.push(marked.slice(i, i + 3));
    return out;
  };
  const known = new Set(commonEnglishWords().flatMap(triplesOf));
  return (word) => {
    const at = triplesOf(word).findIndex((t) => !known.has(t));
    return at < 0 ? null : at - 1;
  };
}

describe("garbledAt's table of common English letter triples", () => {
  const reference = setReading();

  it("reads every common English word, and each cut or swapped, as the Set of triples did", () => {
    const words = commonEnglishWords();
    for (let k = 0; k < words.length; k += 7) {
      const w = words[k]!;
      for (const v of [w, w.slice(1), w.slice(0, -1), w.slice(1) + w[0], `${w}q`, `x${w}z`])
        expect(garbledAt(v), v).toBe(reference(v));
    }
  });

  it("reads any text as the Set of triples did: letters outside the list, '^' and '$' inside, surrogates", () => {
    const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzéèêñ^$'-ж😀".split(""), "\ud83d");
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }), (chars) => {
        const word = chars.join("");
        expect(garbledAt(word)).toBe(reference(word));
      }),
      { numRuns: 3000 },
    );
    expect(garbledAt("")).toBe(reference(""));
    expect(garbledAt("levle")).toBe(1);
  });
});
