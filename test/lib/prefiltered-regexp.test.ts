// PrefilteredRegExp (src/lib/prefiltered-regexp.ts): on every use (test, exec, match, matchAll, replace, replaceAll,
// search, split) and every flag set, the same results and the same lastIndex as a plain RegExp, whether the prefilter
// skips the run (no literal in the subject) or not; and the build's wrapper of a literal (scripts/bmp-regexps).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { barrierRegexps } from "../../scripts/bmp-regexps/barriers.mjs";
import { barredRegExp } from "../../src/lib/lean-regexp.js";
import { PrefilteredRegExp, prefiltered, readPendingLiterals } from "../../src/lib/prefiltered-regexp.js";
import { requiredLiterals } from "../../src/lib/required-literals.js";
import { regexpUses } from "../helpers/regexp-uses.js";

const SOURCES = [
  String.raw`\b(?:who|what)\s+(?:is|are)\b`,
  String.raw`(?:путин|песков)(?:а|у)?`,
  String.raw`said(?: that)?`,
  String.raw`x(y)?z`,
];
const FLAG_SETS = ["", "g", "i", "gi", "y", "iu", "giu", "gy", "d"];
const PIECES = [
  "who ",
  "What ",
  "is ",
  "ARE ",
  "said",
  " that",
  "Путин",
  "ПЕСКОВа",
  "xz",
  "xyz",
  "q",
  " ",
  "ſ",
];

describe("PrefilteredRegExp", () => {
  it("gives what a plain RegExp gives, lastIndex included, on every use and flag set", () => {
    for (const source of SOURCES)
      for (const flags of FLAG_SETS) {
        const plain = new RegExp(source, flags);
        const filtered = new PrefilteredRegExp(source, flags);
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), fc.nat(6), (parts, start) => {
            const subject = parts.join("");
            expect(regexpUses(filtered, subject, start)).toEqual(regexpUses(plain, subject, start));
          }),
          { numRuns: 300 },
        );
      }
  });

  it("is a RegExp with the same source and flags; a failed run under g resets lastIndex", () => {
    const re = prefiltered(/who(?: is)?/gi);
    expect(re).toBeInstanceOf(RegExp);
    expect([re.source, re.flags]).toEqual(["who(?: is)?", "gi"]);
    re.lastIndex = 3;
    expect(re.test("nothing here")).toBe(false);
    expect(re.lastIndex).toBe(0);
    expect(new RegExp(re, "gi").test("WHO")).toBe(true);
  });

  it("the warm-up reads the literals of the patterns made before it; they match as before", () => {
    const before = new PrefilteredRegExp(String.raw`\b(?:said|told)\s+(?:him|her)\b`, "i");
    readPendingLiterals();
    readPendingLiterals();
    expect(before.readLiterals()).toEqual(requiredLiterals(before.source, before.flags) ?? []);
    const after = new PrefilteredRegExp(String.raw`\b(?:asked|begged)\s+them\b`, "i");
    expect([before.test("She TOLD him"), before.test("told them"), after.test("asked them")]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("barredRegExp keeps short patterns plain and prefilters long ones", () => {
    expect(barredRegExp("ab", "i")).not.toBeInstanceOf(PrefilteredRegExp);
    expect(barredRegExp(`(?:${"word|".repeat(30)}other) thing`, "i")).toBeInstanceOf(PrefilteredRegExp);
  });

  it("the build wraps literals: one object per place without g or y, and none where nothing is required", () => {
    const source =
      "const a = /who (?:is|was) it/i; function f(s) { return s.replace(/said (?:that|this)/g, ''); }\n" +
      "const b = /\\s+\\w+\\s+\\d+/;\n";
    const { text } = barrierRegexps(source, "/p/src/answering/x.ts", "../lib/lean-regexp.js");
    expect(text).toContain(
      `__prefilteredAt("answering/x:0", /who (?:is|was) it/i, ["who is it","who was it"])`,
    );
    expect(text).toContain("s.replace(/said (?:that|this)/g, '')");
    expect(text).toContain("const b = /\\s+\\w+\\s+\\d+/;");
  });
});
