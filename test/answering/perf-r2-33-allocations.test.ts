// perf-r2-33: hot-path readers that allocate less per answer read as before.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleTopicAsked } from "../../src/answering/article-topic-check.js";
import { asCeasefireKeywords } from "../../src/answering/ceasefire-keywords.js";
import { expectFast } from "../helpers/long-input.js";

/** asCeasefireKeywords as it was before its precheck: every short text lower-cased and split. */
function ceasefireKeywordsBefore(text: string): string {
  if (text.length > 80) return text;
  const words = text
    .toLowerCase()
    .replace(/[?!.,]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 3 || words.length > 7) return text;
  let voices = 0;
  let sides = 0;
  let deeds = 0;
  for (const w of words) {
    if (/^(?:putin'?s?|russia'?s?|russian|kremlin'?s?|moscow'?s?)$/.test(w)) voices++;
    else if (/^(?:ceasefire|cease-fire|truce|armistice)$/.test(w)) deeds++;
    else if (
      /^(?:hamas'?s?|israel'?s?|israelis?|gaza'?s?|palestine|palestinians?|idf|both|sides?|and|vs|the)$/.test(
        w,
      )
    )
      sides++;
    else if (!/^(?:call|calls|demand|demands|urge|urges|immediate|now|for|a|an|on|in|of)$/.test(w))
      return text;
  }
  if (voices === 0 || deeds === 0 || sides === 0) return text;
  return words
    .filter(
      (w) =>
        !/^(?:hamas'?s?|israel'?s?|israelis?|gaza'?s?|palestine|palestinians?|idf|both|sides?|and|vs|the)$/.test(
          w,
        ) ||
        /^(?:putin'?s?|russia'?s?|russian|kremlin'?s?|moscow'?s?)$/.test(w) ||
        /^(?:ceasefire|cease-fire|truce|armistice)$/.test(w),
    )
    .join(" ");
}

const WORDS = [
  "Putin",
  "RUSSIA's",
  "kremlin",
  "hamas",
  "Israel",
  "gaza",
  "the",
  "and",
  "CEASEFIRE",
  "Cease-Fire",
  "truce",
  "ARMISTICE",
  "call",
  "for",
  "now",
  "what",
  "say",
  "armİstice",
  "truce?",
  "ceasefire,",
];

describe("asCeasefireKeywords' precheck (perf-r2-33)", () => {
  it("reads every text as the split reading did", () => {
    for (const t of [
      "Putin Hamas CEASEFIRE",
      "russia hamas truce!",
      "kremlin gaza Cease-Fire now",
      "hamas truce",
    ])
      expect(asCeasefireKeywords(t)).toBe(ceasefireKeywordsBefore(t));
    expect(asCeasefireKeywords("Putin Hamas CEASEFIRE")).toBe("putin ceasefire");
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }),
        fc.constantFrom(" ", "  ", ", ", "? "),
        (ws, sep) => {
          const t = ws.join(sep);
          expect(asCeasefireKeywords(t)).toBe(ceasefireKeywordsBefore(t));
        },
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), (t) => {
        expect(asCeasefireKeywords(t)).toBe(ceasefireKeywordsBefore(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("articleTopicAsked's first shape (perf-r2-33)", () => {
  it("finds the topic as before", () => {
    expect(articleTopicAsked("is this the article about Syria?", "en")).toMatch(/syria/i);
    expect(articleTopicAsked("what did putin say", "en")).toBeNull();
    // White space of any kind reads as single spaces, with or without the copy; the last reading kept per language.
    const topic = articleTopicAsked("is this the article about Syria?", "en");
    for (const t of [
      "is  this the\tarticle about\nSyria?",
      " is this the article about Syria? ",
      "is\u00a0this the article about Syria?",
    ]) {
      expect(articleTopicAsked(t, "en")).toBe(topic);
      expect(articleTopicAsked(t, "en")).toBe(topic);
    }
    expect(articleTopicAsked("статья про сирию?", "ru")).toMatch(/сири/);
    expect(articleTopicAsked("статья про сирию?", "en")).toBeNull();
    expect(articleTopicAsked("статья про сирию?", "ru")).toMatch(/сири/);
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      articleTopicAsked(`${"is this   ".repeat(20)}about`, "en");
      articleTopicAsked(`${" x".repeat(5000)}  about`, "en");
      asCeasefireKeywords(`${"cease ".repeat(5000)}truce`);
      expect(/cease-?fire|truce|armistice/i.test(`${"cease-".repeat(5000)}x`)).toBe(false);
    }, 200);
  });
});
