// singleSpaced: the same text as `replace(/\s+/g, " ")` for every kind of white space, and the text itself (no copy)
// when there is nothing to collapse.
import { describe, expect, it } from "vitest";
import { singleSpaced } from "../../src/lib/single-spaced.js";

describe("singleSpaced", () => {
  it("gives what replace(/\\s+/g, ' ') gives, whatever the white space", () => {
    const spaces = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\ufeff", " \t "];
    for (const a of spaces)
      for (const b of spaces) {
        const text = `${a}what${b}did putin${a}say${b}`;
        expect(singleSpaced(text)).toBe(text.replace(/\s+/g, " "));
      }
    for (const text of ["", " ", "putin", "who is peskov?", "а кто  это", "x\u2028y"])
      expect(singleSpaced(text)).toBe(text.replace(/\s+/g, " "));
  });

  it("returns a singly spaced text as it came", () => {
    const text = "who did putin call about the war in gaza?";
    expect(singleSpaced(text)).toBe(text);
    expect(singleSpaced(" leading and trailing ")).toBe(" leading and trailing ");
  });
});
