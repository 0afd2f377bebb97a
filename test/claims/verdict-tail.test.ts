// The tail both checkers share (src/claims/verdict-tail.ts) and the clause runs both index by (units.ts
// clauseRuns): the English card carries the words found word for word, the Russian one its translation, and each
// sentence is cut into every run of its clauses, in order.
import { describe, expect, it } from "vitest";
import { createClaimChecker } from "../../src/claims/index.js";
import { clauseRuns } from "../../src/claims/units.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);

describe("clauseRuns", () => {
  it("gives every run of a sentence's clauses, first clause then last, and which ones open it", () => {
    const text = "one, two; three — four";
    const runs = clauseRuns(text).map((r) => [text.slice(r.start, r.end), r.opens]);
    expect(runs).toEqual([
      ["one", true],
      ["one, two", true],
      ["one, two; three", true],
      ["one, two; three — four", true],
      ["two", false],
      ["two; three", false],
      ["two; three — four", false],
      ["three", false],
      ["three — four", false],
      ["four", false],
    ]);
  });

  it("a sentence with no break is one run", () => {
    expect(clauseRuns("no break here")).toEqual([{ start: 0, end: 13, opens: true }]);
  });
});

describe("one verdict tail, two cards", () => {
  it("an English sentence of the article: verbatim, its words found, no translation", () => {
    const sentence = kb.article.sentences.find((s) => s.text.split(" ").length >= 8)!.text;
    const v = check(sentence);
    expect(v.verdict).toBe("verbatim");
    expect(v.exact).not.toBeNull();
    expect(v.translation).toBeNull();
    expect(v.span).not.toBeNull();
  });

  it("a curated Russian translation: paraphrase, with its translation, never words found word for word", () => {
    const translation = [...kb.locales!.ru!.translations.values()][0]!;
    const v = check(translation);
    expect(v.verdict).toBe("paraphrase");
    expect(v.translation).not.toBeNull();
    expect(v.exact).toBeNull();
    expect(v.similarity.containment).toBeGreaterThan(0);
  });
});
