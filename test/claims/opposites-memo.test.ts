// WordNet's opposites in a span are worked out once per stem and span and kept across claims: the places kept for
// one word must never be given for another word, nor for another span, nor stop being found when asked again.
import { describe, expect, it } from "vitest";
import type { Lexicon } from "../../src/answering/lexicon.js";
import type { Word } from "../../src/claims/claim-words.js";
import { ClaimVocabulary } from "../../src/claims/vocabulary.js";
import type { WordSenses } from "../../src/claims/word-relations.js";

const PAIRS = [
  ["mild", "deep"],
  ["calm", "tense"],
];
const senses: WordSenses = {
  opposite: (a, b) => PAIRS.some(([x, y]) => (a === x && b === y) || (a === y && b === x)),
  hasOpposite: (a) => PAIRS.some((p) => p.includes(a)),
  synonym: (a, b) => a === b,
  adjective: () => true,
};
// Keys are the words themselves, "-er" taken off: "milder" has the stem of "mild".
const vocabulary = new ClaimVocabulary({} as Lexicon, new Map(), 1, [], (w) => w.replace(/er$/, ""), senses);

function word(surface: string, at = 0): Word {
  return {
    term: surface,
    surface,
    weight: 1,
    negated: false,
    cls: -1,
    side: -1,
    entity: false,
    parts: [surface],
    at,
  };
}
const span = (...surfaces: string[]) => surfaces.map((s, i) => word(s, i));

describe("WordNet's opposites in a span, kept across claims", () => {
  it("gives each word its own opposites' places in each span, asked in any order and again", () => {
    const first = span("deep", "concern", "tense", "talks", "deep");
    const second = span("calm", "mild", "war effort");
    const asked = () => [
      vocabulary.oppositesIn(word("mild"), first),
      vocabulary.oppositesIn(word("calm"), first),
      vocabulary.oppositesIn(word("tense"), second),
      vocabulary.oppositesIn(word("milder"), first),
      vocabulary.oppositesIn(word("deep"), second),
      vocabulary.oppositesIn(word("talks"), first),
    ];
    const expected = [[0, 4], [2], [0], [0, 4], [1], []];
    expect(asked()).toEqual(expected);
    expect(asked()).toEqual(expected);
    // Each place is where opposite() holds, word by word.
    for (const w of ["mild", "calm", "milder"])
      expect(vocabulary.oppositesIn(word(w), first)).toEqual(
        first.flatMap((s, i) => (vocabulary.opposite(word(w), s) ? [i] : [])),
      );
  });
});
