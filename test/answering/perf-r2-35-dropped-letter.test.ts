// perf-r2-35: nameOneLetterShort given the names set compares the names one letter longer with the word in place
// instead of making 32 candidates per place; it must find what the candidate search finds (the same function
// without the set), for any word and any names, including a set that grows between calls.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameOneLetterShort } from "../../src/answering/russian/dropped-letter.js";

const both = (word: string, names: Set<string>) => ({
  candidates: nameOneLetterShort(word, word, (w) => names.has(w)),
  inPlace: nameOneLetterShort(word, word, (w) => names.has(w), names),
});

// Few letters, so words and names often lie one letter apart; ё, a Latin letter and a hyphen as near misses.
const letter = fc.constantFrom("п", "у", "т", "и", "н", "а", "я", "ё", "x", "-");
const text = (min: number, max: number) =>
  fc.array(letter, { minLength: min, maxLength: max }).map((a) => a.join(""));

describe("nameOneLetterShort with the names set (perf-r2-35)", () => {
  it("finds what the candidate search finds", () => {
    fc.assert(
      fc.property(text(0, 9), fc.array(text(1, 10), { maxLength: 12 }), fc.nat(8), (word, list, cut) => {
        // Names made from the word with one letter put back, so that hits (and two different hits) are common.
        const grown = list
          .slice(0, 3)
          .map(
            (l, i) =>
              `${word.slice(0, cut % (word.length + 1))}${l[i % l.length]}${word.slice(cut % (word.length + 1))}`,
          );
        const names = new Set([...list, ...grown]);
        const { candidates, inPlace } = both(word, names);
        expect(inPlace).toBe(candidates);
      }),
      { numRuns: 4000 },
    );
  });

  it("sees names added after its first look", () => {
    const names = new Set(["стол"]);
    expect(nameOneLetterShort("путн", "путн", (w) => names.has(w), names)).toBeNull();
    names.add("путин");
    expect(nameOneLetterShort("путн", "путн", (w) => names.has(w), names)).toBe("путин");
    names.add("путон");
    expect(nameOneLetterShort("путн", "путн", (w) => names.has(w), names)).toBeNull();
  });

  it("keeps the guards: an ending, ё or Latin inserted, short and long words", () => {
    const names = new Set(["путин", "путён", "путxн", "путинаааааааааааааааа"]);
    expect(both("путн", names)).toEqual({ candidates: "путин", inPlace: "путин" });
    expect(nameOneLetterShort("пути", "пут", (w) => names.has(w), names)).toBeNull();
    expect(both("пут", new Set(["путь"]))).toEqual({ candidates: null, inPlace: null });
    const long = `путин${"а".repeat(16)}`;
    expect(both(long, new Set([`${long}а`]))).toEqual({ candidates: null, inPlace: null });
    expect(both("путинаааааааааааааааа".slice(0, 20), names)).toEqual({
      candidates: "путинаааааааааааааааа",
      inPlace: "путинаааааааааааааааа",
    });
  });

  it("stays linear in the number of names (long input)", () => {
    const names = new Set(Array.from({ length: 200_000 }, (_, i) => `имя${i.toString(36)}`));
    // The first look indexes the names by length (once per set size); later looks read one length's names.
    let start = performance.now();
    nameOneLetterShort("путн", "путн", () => false, names);
    expect(performance.now() - start).toBeLessThan(2000);
    start = performance.now();
    for (let i = 0; i < 20; i++) nameOneLetterShort("путн", "путн", () => false, names);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
