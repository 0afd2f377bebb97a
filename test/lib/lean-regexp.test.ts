import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lean, leanRegExp, withBarriers, withoutFoldForms } from "../../src/lib/lean-regexp.js";

/** Every match of `re` in `subject` as exec reports it (index, text, groups), and what replace makes of it. */
function matchesOf(re: RegExp, subject: string): unknown {
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  const all = [...subject.matchAll(global)].map((m) => [m.index, [...m], m.groups ?? null]);
  return { all, replaced: subject.replace(global, "<$&|$1>"), test: re.test(subject) };
}

/** Small patterns built like ours: word lists behind optional prefixes, captures, classes, lookarounds, escapes. */
const atom: fc.Arbitrary<string> = fc.constantFrom(
  "a",
  "an",
  "the",
  "b",
  " ",
  "\\s",
  "\\s+",
  "\\b",
  "\\w*",
  "[ab]",
  "[^)|(]",
  "\\)",
  "\\|",
  ".",
  "x{2}",
  "\\p{L}",
);
const pattern: fc.Arbitrary<string> = fc
  .letrec<{ seq: string; group: string }>((tie) => ({
    seq: fc
      .array(fc.oneof({ weight: 3, arbitrary: atom }, { weight: 2, arbitrary: tie("group") }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => parts.join("")),
    group: fc
      .tuple(
        fc.constantFrom("(?:", "(", "(?=", "(?!", "(?<=", "(?<!", "(?<n>"),
        fc.array(tie("seq"), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("", "?", "*", "+", "{1,2}", "??", "*?"),
      )
      .map(([open, alternatives, quantifier]) =>
        // A lookaround takes no quantifier under /u; a named group once per pattern is enough.
        open.startsWith("(?") && open !== "(?:"
          ? `${open}${alternatives.join("|")})`
          : `${open}${alternatives.join("|")})${quantifier}`,
      ),
  }))
  .seq.filter((p) => (p.match(/\(\?<n>/g) ?? []).length <= 1);

describe("lean: the same regexp in less machine code", () => {
  it("puts an empty lookahead after optional groups and groups of alternatives, nowhere else", () => {
    expect(withBarriers("\\b(?:like|as) (?:a |an |the )?(?:tweet|telegram)s?\\b")).toBe(
      "\\b(?:like|as)(?=) (?:a |an |the )?(?=)(?:tweet|telegram)(?=)s?\\b",
    );
    // Not before `|` or `)` or at the end; not after a group with neither; escapes and classes are not groups.
    expect(withBarriers("(?:a|b)|(?:c)d(?:e|f)")).toBe("(?:a|b)|(?:c)d(?:e|f)");
    expect(withBarriers("\\((?:a)?[)(|]x")).toBe("\\((?:a)?(?=)[)(|]x");
    expect(withBarriers("(a|b){2,3}?c")).toBe("(a|b){2,3}?(?=)c");
  });

  it("keeps flags, and every match, index, group and replacement, on patterns like ours", () => {
    const re = /\b(?:so |and )?(?<who>putin|peskov)(?:'s)? (?:said|told)\b/giu;
    const leaned = lean(re);
    expect(leaned.flags).toBe("giu");
    expect(leaned.source).not.toBe(re.source);
    const text = "So Putin's said it; and PESKOV told them, and peskov said";
    expect(matchesOf(leaned, text)).toEqual(matchesOf(re, text));
    expect(leanRegExp("(a|b)c", "i").test("Bc")).toBe(true);
  });

  it("matches as the pattern it came from, on random patterns and subjects", () => {
    fc.assert(
      fc.property(
        pattern,
        fc.constantFrom("", "i", "u", "iu"),
        fc.string({
          unit: fc.constantFrom("a", "n", "t", "h", "e", "b", "x", " ", ")", "|", "Ж", "’"),
          maxLength: 14,
        }),
        (source, flags, subject) => {
          let re: RegExp;
          try {
            re = new RegExp(source, flags);
          } catch {
            return; // \p{L} without u, and such: not a pattern
          }
          expect(matchesOf(leanRegExp(source, flags), subject)).toEqual(matchesOf(re, subject));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("withoutFoldForms: the BMP rewrite's /iu-safe letter forms as one class, without i", () => {
  const letter = String.raw`(?:[^\P{L}\u{10000}-\u{10ffff}]|[\u0399\u03b9\u1fbe])`;
  const nonLetter = String.raw`(?:(?![^\P{L}\u{10000}-\u{10ffff}]|[\u0399\u03b9\u1fbe])[^])`;

  it("makes each form a single class and leaves everything else", () => {
    expect(withoutFoldForms(`(?<!${letter}|['-])x${nonLetter}+`)).toBe(
      String.raw`(?<![^\P{L}\u{10000}-\u{10ffff}]|['-])x[\P{L}\u{10000}-\u{10ffff}]+`,
    );
    expect(withoutFoldForms("(?:a|b)\\p{L}")).toBe("(?:a|b)\\p{L}");
  });

  it("matches every code unit and the astral characters as the form it replaces, under u and g, d, m", () => {
    for (const [form, flags] of [
      [letter, "u"],
      [nonLetter, "u"],
      [letter, "dmu"],
    ] as const) {
      const before = new RegExp(`^${form}$`, flags);
      const after = new RegExp(`^${withoutFoldForms(form)}$`, flags);
      expect(after.source).not.toBe(before.source);
      for (let c = 0; c < 0x10000; c++) {
        const s = String.fromCharCode(c);
        if (before.test(s) !== after.test(s)) throw new Error(`U+${c.toString(16)} differs`);
      }
      for (const s of ["\u{1f600}", "\u{10400}", "\u{1d400}"]) expect(after.test(s)).toBe(before.test(s));
    }
  });

  it("is applied by leanRegExp only without the i flag", () => {
    expect(leanRegExp(`a${letter}`, "u").source).toBe(String.raw`a[^\P{L}\u{10000}-\u{10ffff}]`);
    expect(leanRegExp(`a${letter}`, "iu").source).toContain("u0399");
    // Under /iu the plain class loses the three letters case folding ties to U+0345: the form is needed there.
    expect(/^[^\P{L}\u{10000}-\u{10ffff}]$/iu.test("\u03b9")).toBe(false);
    expect(leanRegExp(`^${letter}$`, "iu").test("\u03b9")).toBe(true);
  });
});
