// The pair sieve before PrefilteredRegExp's literal look-ups (src/lib/bigram-sieve.ts): it must answer exactly as
// `literals.some((l) => text.includes(l))`, whatever the texts, literals and hash collisions, and with texts recurring
// and changing around its ring of kept texts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyLiteralIn, literalSieve } from "../../src/lib/bigram-sieve.js";

/** Pieces that make near-misses likely: shared pairs, Cyrillic, wide and one-unit pieces, a surrogate half. */
const PIECES = ["a", "b", "ab", "ba", "put", "in", "пу", "тин", "ин", " ", "’", "\ud83d", "é", "\u0431", "z"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(""));
const anyText = fc.oneof(text, fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 12 }));
const literal = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((p) => p.join("")),
  fc.string({ minLength: 1, maxLength: 18 }),
);

describe("literal pair sieve", () => {
  it("answers as includes over the literals, for texts recurring around its ring", () => {
    fc.assert(
      fc.property(
        fc.array(anyText, { minLength: 1, maxLength: 14 }),
        fc.array(fc.array(literal, { maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        (texts, literalSets, order) => {
          const sieves = literalSets.map(literalSieve);
          order.forEach((n, k) => {
            const t = texts[n % texts.length]!;
            const s = (n + k) % literalSets.length;
            const want = literalSets[s]!.some((l) => t.includes(l));
            expect(anyLiteralIn(t, literalSets[s]!, sieves[s]!)).toBe(want);
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("finds a literal at the very start and end of the text, and refuses one whose pair is missing", () => {
    const lits = ["ceasefire", "truce", "x"];
    const sieve = literalSieve(lits);
    expect(anyLiteralIn("ceasefire now", lits, sieve)).toBe(true);
    expect(anyLiteralIn("a truce", lits, sieve)).toBe(true);
    expect(anyLiteralIn("max", lits, sieve)).toBe(true);
    expect(anyLiteralIn("cease fire, true", lits, sieve)).toBe(false);
    expect(anyLiteralIn("", lits, sieve)).toBe(false);
    expect(anyLiteralIn("", [], literalSieve([]))).toBe(false);
  });

  it("looks in texts of any length in linear time", () => {
    const long = "ab ".repeat(200_000);
    const lits = ["abc", "ba b", "zz"];
    const sieve = literalSieve(lits);
    const t0 = performance.now();
    expect(anyLiteralIn(long, lits, sieve)).toBe(false);
    expect(anyLiteralIn(`${long}zz`, lits, sieve)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
