// perf37b: questionAsRead remembers its last few readings in each language (a message's text is read whole, then again
// by the ramble and closing readers). A reading must be what a fresh reading of that text gives, whatever texts were
// read before it and however often; and a long text still reads in linear time.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionAsRead } from "../../src/answering/readers.js";
import type { Lang } from "../../src/answering/types.js";

const questionsOf = (file: string): string[] =>
  readFileSync(new URL(`../questions/${file}`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { q: string }).q);

// Texts of both languages the readers rewrite and leave alone, with near twins (one letter apart, case, spaces).
const english = questionsOf("blind.jsonl").slice(0, 40);
const russian = questionsOf("blind-ru.jsonl").slice(0, 40);
const twins = (texts: string[]): string[] =>
  texts.slice(0, 10).flatMap((t) => [t.toUpperCase(), `${t} `, t.slice(1), t.replace(/\?$/, "")]);
const POOL: [string, Lang][] = [
  ...[...english, ...twins(english)].map((t): [string, Lang] => [t, "en"]),
  ...[...russian, ...twins(russian)].map((t): [string, Lang] => [t, "ru"]),
  ...english.slice(0, 5).map((t): [string, Lang] => [t, "ru"]),
  ...russian.slice(0, 5).map((t): [string, Lang] => [t, "en"]),
];
// Read after more other texts than the memory holds: a fresh reading.
const FILLERS = ["filler one", "filler two", "filler three", "filler four", "filler five", "filler six"];
const fresh = ([text, lang]: [string, Lang]): string => {
  for (const f of FILLERS) {
    questionAsRead(f, "en");
    questionAsRead(f, "ru");
  }
  return questionAsRead(text, lang);
};
const FRESH = new Map(POOL.map((p, i) => [i, fresh(p)]));

describe("perf37b: questionAsRead's remembered readings", () => {
  it("pool holds texts the readers rewrite in both languages", () => {
    const rewritten = POOL.filter(([t], i) => FRESH.get(i) !== t);
    expect(rewritten.some(([, l]) => l === "en")).toBe(true);
    expect(rewritten.some(([, l]) => l === "ru")).toBe(true);
  });

  it("every reading is the fresh one, whatever was read before (repeats, twins, both languages)", {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 24 }), (order) => {
        for (const i of order) expect(questionAsRead(...POOL[i]!)).toBe(FRESH.get(i));
      }),
      { numRuns: 300 },
    );
  });

  it("a text read twice in a row, and again after three others, reads the same", () => {
    for (const [i, p] of POOL.entries()) {
      expect(questionAsRead(...p)).toBe(FRESH.get(i));
      expect(questionAsRead(...p)).toBe(FRESH.get(i));
      for (const j of [1, 2, 3]) questionAsRead(...POOL[(i + j) % POOL.length]!);
      expect(questionAsRead(...p)).toBe(FRESH.get(i));
    }
  });

  it("a long text reads in linear time, and its repeat is a look-up", () => {
    const long = "what did putin say about the ceasefire and the hostages ".repeat(2_000);
    const t0 = performance.now();
    const once = questionAsRead(long, "en");
    const first = performance.now() - t0;
    const t1 = performance.now();
    expect(questionAsRead(long, "en")).toBe(once);
    expect(performance.now() - t1).toBeLessThan(Math.max(5, first / 4));
    expect(first).toBeLessThan(5_000);
  });
});
