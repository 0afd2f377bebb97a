// compiledRegExp: a pattern built from a message's words compiled once and shared, matching as a fresh one would.
import { describe, expect, it } from "vitest";
import { compiledRegExp } from "../../src/lib/compiled-regexp.js";

describe("compiledRegExp", () => {
  it("gives the same RegExp for the same source and flags, and another for other flags", () => {
    const a = compiledRegExp("(?<!\\p{L})israel(?!\\p{L})", "u");
    expect(compiledRegExp("(?<!\\p{L})israel(?!\\p{L})", "u")).toBe(a);
    expect(compiledRegExp("(?<!\\p{L})israel(?!\\p{L})", "iu")).not.toBe(a);
    expect(compiledRegExp("(?<!\\p{L})israel(?!\\p{L})", "iu").test("ISRAEL")).toBe(true);
    expect(a.test("ISRAEL")).toBe(false);
  });

  it("answers the same on every use (no state between uses)", () => {
    const re = compiledRegExp("gaza", "i");
    expect([re.test("Gaza"), re.test("Gaza"), "in Gaza".search(re), "in Gaza".search(re)]).toEqual([
      true,
      true,
      3,
      3,
    ]);
  });

  it("refuses g and y, whose lastIndex would carry from one caller to the next", () => {
    expect(() => compiledRegExp("x", "g")).toThrow(RangeError);
    expect(() => compiledRegExp("x", "y")).toThrow(RangeError);
  });
});
