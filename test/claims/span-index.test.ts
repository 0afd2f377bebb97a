// The span index on its own: a span's words looked up by term, class, surface word and part; the spans that hold
// a claim word's term, known once the spans are indexed.
import { describe, expect, it } from "vitest";
import type { Word } from "../../src/claims/claim-words.js";
import { indexOf, mayHaveTerm, reachOf, spanNumberOf } from "../../src/claims/span-index.js";
import type { ClaimVocabulary } from "../../src/claims/vocabulary.js";

const vocabulary = { hasOpposite: () => false, termOf: (w: string) => w } as unknown as ClaimVocabulary;

function word(term: string, at: number, cls = -1): Word {
  return { term, surface: term, weight: 1, negated: false, cls, side: 0, entity: false, parts: [term], at };
}

describe("span index", () => {
  it("looks a span's words up by term, class, surface word and part", () => {
    const phrase: Word = { ...word("qarb_vell", 1), surface: "qarb vell", parts: ["qarb", "vell"] };
    const span = [word("snorf", 0, 7), phrase];
    const index = indexOf(span);
    expect(indexOf(span)).toBe(index);
    expect(index.byTerm.get("snorf")).toEqual([span[0]]);
    expect(index.byClass.get(7)).toEqual([0]);
    expect(index.bySurfaceWord.get("vell")).toEqual([phrase]);
    expect(index.bySurfaceWord.get("qarb vell")).toEqual([phrase]);
    expect(index.byPart.get("qarb")).toEqual([1]);
  });

  it("knows which numbered spans may hold a claim word's term", () => {
    const withIt = [word("glimmox", 0)];
    const without = [word("trundle", 0)];
    indexOf(withIt);
    indexOf(without);
    const reach = reachOf(word("glimmox", 0), vocabulary);
    expect(mayHaveTerm(reach, spanNumberOf(withIt))).toBe(true);
    expect(mayHaveTerm(reach, spanNumberOf(without))).toBe(false);
    // A span past the numbered ones may hold anything: it is searched.
    expect(mayHaveTerm(reach, null)).toBe(true);
  });
});
