// requiredLiterals (src/lib/required-literals.ts): the literals one of which every match contains, read from the
// pattern; and foldCase, which the /i comparison rests on. Sound first: a literal set that a match can lack would
// make a PrefilteredRegExp miss a match, so besides the cases, every subject a pattern matches is checked to hold
// one of its literals (fast-check over words, Cyrillic, odd case forms).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldCase, requiredLiterals } from "../../src/lib/required-literals.js";

const sorted = (x: readonly string[] | null) => (x ? [...x].sort() : x);

describe("requiredLiterals", () => {
  it("reads alternations, optional parts and lookarounds", () => {
    expect(sorted(requiredLiterals(String.raw`\b(?:who|what)\s+(?:is|are)\b`, "i"))).toEqual(["what", "who"]);
    expect(sorted(requiredLiterals("^foo(?:bar)?baz", ""))).toEqual(["foobarbaz", "foobaz"]);
    expect(requiredLiterals("(?<=said )(?:x|y)", "")).toEqual(["said "]);
    expect(requiredLiterals("(?!abc)def", "")).toEqual(["def"]);
    expect(sorted(requiredLiterals("(?:a |an |the )?(?:war|fight)", "i"))).toEqual(["fight", "war"]);
    expect(
      requiredLiterals(String.raw`(?:are|is|was|were) not \w+`, "")?.every((l) => l.endsWith(" not ")),
    ).toBe(true);
  });

  it("finds none where a match can be any text", () => {
    expect(requiredLiterals("a|b*", "")).toBeNull();
    expect(requiredLiterals(String.raw`\w+\s*\d`, "")).toBeNull();
    expect(requiredLiterals("(?:x)?", "")).toBeNull();
    expect(requiredLiterals("[a-z]+", "")).toBeNull();
    expect(requiredLiterals("[^abc]", "")).toBeNull();
    expect(requiredLiterals("x", "v")).toBeNull();
  });

  it("reads classes, escapes and back references soundly", () => {
    expect(sorted(requiredLiterals("[Ss]ay", ""))).toEqual(["Say", "say"]);
    expect(requiredLiterals("[Ss]ay", "i")).toEqual(["say"]);
    expect(requiredLiterals(String.raw`\x41\u0042\u{43}`, "u")).toEqual(["ABC"]);
    // Without u, \012 is one character (octal) and \cJ a line feed: neither is read as the digits or the letter.
    expect(requiredLiterals(String.raw`\012abc`, "")).toEqual(["abc"]);
    expect(requiredLiterals(String.raw`\cJx`, "")).toEqual(["x"]);
    expect(requiredLiterals(String.raw`(ab)\1cd`, "")).toEqual(["ab"]);
    expect(requiredLiterals(String.raw`\p{L}+ing`, "u")).toEqual(["ing"]);
    expect(requiredLiterals(String.raw`[^\P{L}\u{10000}-\u{10ffff}]+ing`, "u")).toEqual(["ing"]);
  });

  it("folds Cyrillic and the odd case forms under i", () => {
    expect(requiredLiterals(String.raw`\bКто\s+основал`, "iu")).toEqual(["основал"]);
    expect(requiredLiterals("STATUS", "i")).toEqual(["status"]);
    expect(requiredLiterals("ſtatus", "i")).toEqual(["status"]);
  });

  it("reads a long pattern in linear time (long input)", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}x`).join("|");
    const started = performance.now();
    requiredLiterals(`(?:${words})(?=)\\s+(?:a|b)`.repeat(4), "i");
    requiredLiterals("(".repeat(2000) + "a" + ")".repeat(2000), "");
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("foldCase", () => {
  it("makes every pair an /i or /iu regexp matches one for the other the same (every code unit)", () => {
    // For each character of the alphabets our literals hold, every code unit it matches case-insensitively folds
    // as it does.
    const letters = [..."abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяμσθ0'-"];
    for (const letter of letters) {
      const f = foldCase(letter);
      const re = new RegExp(`^[${letter}]$`, "i");
      const reu = new RegExp(`^[${letter}]$`, "iu");
      for (let c = 0; c < 0x10000; c++) {
        const s = String.fromCharCode(c);
        if (re.test(s) || reu.test(s)) expect([letter, c, foldCase(s)]).toEqual([letter, c, f]);
      }
    }
  });
});

describe("soundness", () => {
  const patterns: [string, string][] = [
    [String.raw`\b(?:who|what|when)\s+(?:did|does)\s+\w+`, "i"],
    [String.raw`^(?:the )?(?:путин|кремль|песков)(?:а|у)?\b`, "iu"],
    [String.raw`(?:is|was) (?:it )?true(?: that)?`, "i"],
    [String.raw`[Pp]utin(?:'s)?\s+(?:stance|view)`, ""],
    [String.raw`(?<=said )(?:that|this)|(?:told|asked) \w+`, "i"],
    [String.raw`(?:ok|okay)?[, ]*(?:why|how)(?=) come`, "iu"],
  ];
  const pieces = [
    "who ",
    "WHAT ",
    "did ",
    "Does ",
    "x ",
    "Путин",
    "ПЕСКОВ",
    "кремль",
    "the ",
    "a",
    "у",
    "is ",
    "Was ",
    "it ",
    "TRUE",
    " that",
    "Putin's",
    " stance",
    "said ",
    "that",
    "TOLD ",
    "asked ",
    "ok",
    ", ",
    "why",
    "HOW",
    " come",
    "ſ",
    "K",
    "ᲀ",
    " ",
  ];
  it("every subject a pattern matches holds one of its literals (folded under i)", () => {
    for (const [source, flags] of patterns) {
      const literals = requiredLiterals(source, flags);
      expect(literals).not.toBeNull();
      const re = new RegExp(source, flags);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const subject = parts.join("");
          if (!re.test(subject)) return;
          const text = flags.includes("i") ? foldCase(subject) : subject;
          expect(literals!.some((l) => text.includes(l))).toBe(true);
        }),
        { numRuns: 3000 },
      );
    }
  });
});
