// The span search looks a claim word up once per check (what some indexed span has): a span indexed after that
// must still be searched in full, and a span without the word must still give nothing.
import { describe, expect, it } from "vitest";
import type { Word } from "../../src/claims/claim-words.js";
import { align } from "../../src/claims/match.js";
import type { ClaimVocabulary } from "../../src/claims/vocabulary.js";

const vocabulary = {
  hasOpposite: () => false,
  opposite: () => false,
  termOf: (w: string) => w,
} as unknown as ClaimVocabulary;

function word(term: string, at: number, negated = false): Word {
  return { term, surface: term, weight: 1, negated, cls: -1, side: -1, entity: false, parts: [term], at };
}

const partners = (claim: Word[], span: Word[]) =>
  align(claim, span, vocabulary).map((p) => p.span?.surface ?? null);

describe("claim words against spans indexed later", () => {
  it("finds a term, a prefixed opposite and a phrase part first seen in a span indexed after the claim's lookups", () => {
    const claim = [word("zorbling", 0), word("unquaffy", 1), word("blenk", 2)];
    const without = [word("ceasefire", 0), word("talks", 1)];
    expect(partners(claim, without)).toEqual([null, null, null]);
    const phrase: Word = { ...word("blenk wobs", 2), parts: ["blenk", "wob"] };
    const later = [word("talks", 0), word("zorbling", 1, true), word("quaffy", 2), phrase];
    const pairs = align(claim, later, vocabulary);
    expect(pairs.map((p) => [p.span?.surface ?? null, p.flipped])).toEqual([
      ["zorbling", true],
      ["quaffy", true],
      ["blenk wobs", false],
    ]);
    // The first span still has none of them, and a new claim word meets the later span as the old ones did.
    expect(partners(claim, without)).toEqual([null, null, null]);
    expect(partners([word("quaffy", 0)], later)).toEqual(["quaffy"]);
  });
});
