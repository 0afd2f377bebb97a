// perf36b: four per-answer allocations cut (a filtered copy of the ranked list in decide, an array per one-word token
// in detectIntent and topicWordsOf, the copy of every sentence pair in SoleMentions.prefer). Each reads what the
// expression it replaced read (copied below as it was), on any input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstNear } from "../../src/answering/decide.js";
import { anyWordOf } from "../../src/answering/intents.js";
import type { Analysis, Token } from "../../src/answering/lexicon.js";
import { soleSentenceNaming } from "../../src/answering/sole-mention.js";
import { topicWordsOf } from "../../src/answering/summary-chatter.js";

const word = fc.constantFrom(
  "",
  " ",
  "putin",
  "officials",
  "russian",
  "a b",
  "x",
  "leaders",
  "=gaza",
  "@putin",
);
const surface = fc.array(word, { maxLength: 4 }).map((ws) => ws.join(" "));

describe("perf36b allocation cuts read as before", () => {
  it("firstNear is filter(score >= suggestAt && score >= best - 0.15).slice(0, 3)", () => {
    const score = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.3, 0.45, 0.6, 1));
    fc.assert(
      fc.property(fc.array(score, { maxLength: 12 }), score, score, (scores, suggestAt, bestScore) => {
        const ranked = scores.map((s, i) => ({ entry: { id: `e${i}` } as never, score: s }));
        const before = ranked.filter((r) => r.score >= suggestAt && r.score >= bestScore - 0.15).slice(0, 3);
        const after = firstNear(ranked, Math.max(suggestAt, bestScore - 0.15));
        expect(after).toEqual(before);
        for (let i = 0; i < after.length; i++) expect(after[i]).toBe(before[i]);
      }),
      { numRuns: 3000 },
    );
  });

  it("anyWordOf is surface.split(' ').some(test), asking the same words in the same order", () => {
    fc.assert(
      fc.property(surface, fc.constantFrom("officials", "russian", "", "a"), (s, yes) => {
        const asked: string[] = [];
        const seen: string[] = [];
        const before = s.split(" ").some((w) => {
          asked.push(w);
          return w === yes;
        });
        const after = anyWordOf(s, (w) => {
          seen.push(w);
          return w === yes;
        });
        expect(after).toBe(before);
        expect(seen).toEqual(asked);
      }),
      { numRuns: 3000 },
    );
  });

  it("topicWordsOf holds the words the split reading held, in the same order", () => {
    const token = fc.record({
      surface,
      term: fc.constantFrom("=gaza", "@putin", "stem", "=", "@"),
      role: fc.constantFrom("content", "stop", "question", "frame"),
      known: fc.boolean(),
    }) as fc.Arbitrary<Token>;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 6 }), (tokens) => {
        const before = new Set<string>();
        for (const t of tokens)
          if (t.role === "content" && t.known && /^[@=]/.test(t.term))
            for (const w of t.surface.split(" ")) before.add(w);
        expect([...topicWordsOf({ tokens } as Analysis)]).toEqual([...before]);
      }),
      { numRuns: 3000 },
    );
  });

  it("soleSentenceNaming is the one sentence of [...terms].filter(every party held), else undefined", () => {
    const terms = fc
      .array(fc.constantFrom("=un", "=eu", "=usa", "role"), { maxLength: 4 })
      .map((a) => new Set(a));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("", "s1", "s2", "s3", "s4"), terms), { maxLength: 5 }),
        fc.array(fc.constantFrom("=un", "=eu", "=usa"), { maxLength: 3 }),
        (pairs, parties) => {
          const map = new Map(pairs);
          const sentences = [...map].filter(([, held]) => parties.every((t) => held.has(t)));
          const before = sentences.length === 1 ? sentences[0]![0] : undefined;
          expect(soleSentenceNaming(map, parties)).toBe(before);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("stays linear on a long surface", () => {
    const long = "officials ".repeat(100_000);
    const t0 = performance.now();
    expect(anyWordOf(long, (w) => w === "nobody")).toBe(false);
    expect(
      topicWordsOf({ tokens: [{ surface: long, term: "=x", role: "content", known: true }] } as never).size,
    ).toBe(2);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
