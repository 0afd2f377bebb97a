import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/index.js";
import { findVerbatim } from "../../src/knowledge/index.js";
import { realEngine as engine, realKb as kb } from "../helpers/engine.js";

function expectWellFormed(a: Answer): void {
  expect(typeof a.answered).toBe("boolean");
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(typeof a.answer).toBe("string");
  expect(a.answer.length).toBeGreaterThan(0);
  expect(a.answered ? a.reason === null : a.reason !== null).toBe(true);
  for (const q of a.quotes) expect(kb.article.paragraphs.some((p) => findVerbatim(p, q.text))).toBe(true);
  for (const s of a.suggestions) expect(kb.entryById.has(s.entryId)).toBe(true);
}

// Two thousand runs a property: 7 s quiet, 24 s at load 15 beside other jobs. The timeout guards against a hang,
// not a speed (that is npm run bench).
describe("findAnswer on any input", { timeout: 120_000 }, () => {
  it("returns a well-formed result for any string, without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) =>
        expectWellFormed(engine.findAnswer(s)),
      ),
      { numRuns: 2000 },
    );
  });

  it("returns a well-formed result for mixes of article words, typos and noise", () => {
    const words = kb.article.text.split(/\s+/).slice(0, 200);
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.string({ maxLength: 8 }),
      fc.constantFrom("?", "’s", "U.S.", "tl;dr"),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (ws) =>
        expectWellFormed(engine.findAnswer(ws.join(" "))),
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["empty", ""],
    ["10k characters", "putin ".repeat(2000)],
    ["emoji", "🇷🇺🤝🇹🇷 ".repeat(500)],
    ["right-to-left text", "מה אמר פוטין? ماذا قال بوتين؟"],
    ["control characters", "who\u0000did\u0007putin\u001bcall\u202e?"],
    ["HTML", "<b>who</b> did <script>alert(1)</script> putin call &amp; why"],
    ["lone surrogates", "\ud800 ceasefire \udfff"],
  ])("handles %s", (_name, s) => {
    expectWellFormed(engine.findAnswer(s));
  });

  // A guard against catastrophic backtracking (seconds to hours at this length), not a speed target (those are in
  // `npm run bench`): as in test/bot/linear-time.test.ts, room for a loaded machine where 40 ms can take ten times as long.
  it("stays fast on adversarial 4096-character strings (the regular expressions are linear)", () => {
    const inputs = [
      "a".repeat(4096),
      "'s".repeat(2048),
      "u.s.".repeat(1024),
      `${"what ".repeat(819)}x`,
      ". A".repeat(1365),
    ];
    for (const s of inputs) {
      const started = performance.now();
      engine.findAnswer(s);
      expect(performance.now() - started, s.slice(0, 10)).toBeLessThan(2000);
    }
  });
});
