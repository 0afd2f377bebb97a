import { describe, expect, it } from "vitest";
import { editDistance, maxEditsFor, TypoFixer } from "../../src/answering/typos.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit each", () => {
    expect(editDistance("call", "calll")).toBe(1);
    expect(editDistance("ceasefire", "ceasfire")).toBe(1);
    expect(editDistance("putin", "ptuin")).toBe(1);
    expect(editDistance("kremlin", "krmelin")).toBe(1);
    expect(editDistance("peskov", "peskov")).toBe(0);
  });

  it("gives up early past its limit", () => {
    expect(editDistance("palestinian", "quartet", 2)).toBe(3);
  });
});

describe("TypoFixer", () => {
  const stem = (w: string) => w.replace(/(?:s|ed|ing)$/, "");
  const words = ["call", "calls", "called", "ceasefire", "kremlin", "peskov", "hamas", "gaza"];
  const fixer = new TypoFixer(new Map(words.map((w) => [w, 1])), stem);

  it("corrects a word one edit away", () => {
    expect(fixer.correct("ceasfire")).toBe("ceasefire");
    expect(fixer.correct("peskof")).toBe("peskov");
  });

  it("does not call it a tie when the candidates mean the same (call, calls)", () => {
    expect(fixer.correct("calll")).toBe("call");
  });

  it("leaves words of three letters or fewer alone", () => {
    expect(maxEditsFor(3)).toBe(0);
    expect(fixer.correct("gza")).toBeNull();
  });

  it("refuses to guess between different words equally close", () => {
    const f = new TypoFixer(
      new Map([
        ["hamas", 1],
        ["hemas", 1],
      ]),
    );
    expect(f.correct("hxmas")).toBeNull();
  });

  it("does not correct a word that is nothing like the vocabulary", () => {
    expect(fixer.correct("bitcoin")).toBeNull();
  });
});

describe("TypoFixer with word frequencies", () => {
  it("breaks a tie for the word the knowledge base uses at least twice as often", () => {
    const f = new TypoFixer(
      new Map([
        ["ministry", 6],
        ["minister", 1],
      ]),
    );
    expect(f.correct("ministery")).toBe("ministry");
  });

  it("does not guess when the two are about as common", () => {
    const f = new TypoFixer(
      new Map([
        ["ministry", 2],
        ["minister", 2],
      ]),
    );
    expect(f.correct("ministery")).toBeNull();
  });
});

describe("TypoFixer and first letters", () => {
  const f = new TypoFixer(
    new Map([
      ["widen", 3],
      ["palestinian", 5],
      ["what", 100],
      ["want", 2],
    ]),
  );

  it("does not change the first letter of a short word: biden is a name, not a typo of widen", () => {
    expect(f.correct("biden")).toBeNull();
  });

  it("may change the first letter of a long word by one edit", () => {
    expect(f.correct("oalestinian")).toBe("palestinian");
  });

  it("gives a tie to the far more common word (waht -> what, not want)", () => {
    expect(f.correct("waht")).toBe("what");
  });
});
