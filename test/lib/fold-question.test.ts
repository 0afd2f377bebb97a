// foldQuestion: the one question fold the readers share (lower case, ё as е, straight apostrophes, single spaces,
// trimmed), the same as the longest of the hand-written folds it replaced, and linear on long input.
import { describe, expect, it } from "vitest";
import { foldQuestion } from "../../src/lib/fold-question.js";

/** owned-verdict.ts's plain() and dialogue/language.ts's fold() before them, without the length cap or the NFKC. */
const handWritten = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();

describe("foldQuestion", () => {
  it("lower-cases, spells ё as е, straightens apostrophes, collapses white space and trims", () => {
    expect(foldQuestion("  Did PUTIN\u2019s  call\tmention Ёлки?\n")).toBe("did putin's call mention елки?");
    expect(foldQuestion("Песков  ЁЩЁ сказал")).toBe("песков еще сказал");
    expect(foldQuestion("isn\u02bct it `odd´")).toBe("isn't it 'odd'");
  });

  it("gives what the hand-written folds gave, on every kind of white space and apostrophe", () => {
    const spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u3000", "\ufeff"];
    const marks = ["'", "\u2018", "\u2019", "\u02bc", "`", "\u00b4"];
    for (const s of spaces)
      for (const m of marks) {
        const text = `${s}Who${m}s  Right${s}ЁЖ${m}${s}`;
        expect(foldQuestion(text)).toBe(handWritten(text));
      }
    for (const text of ["", " ", "putin", "А кто это?", "x\u2028y"])
      expect(foldQuestion(text)).toBe(handWritten(text));
  });

  it("stays linear on long input", () => {
    const inputs = ["a ".repeat(20_000), " \t".repeat(20_000), "Ё\u2019 ".repeat(10_000), "x".repeat(50_000)];
    const started = performance.now();
    for (const input of inputs) foldQuestion(input);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
