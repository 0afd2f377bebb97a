// quality29's readers, unit by unit: who was in touch with Putin read as his phone call (English and Russian),
// what both sides could accept read as the article's compromises acceptable to both sides, another name for an
// office guessed of a story person. Questions written for this test; the engine's figures are the probes' (probes-en60,
// probes-ru60 in test/eval/question-sets.test.ts).
import { describe, expect, it } from "vitest";
import { asEverydayParaphrase } from "../../src/answering/everyday-paraphrase.js";
import { asInTouchWithPutin } from "../../src/answering/in-touch-with.js";
import { asMistakenOffice } from "../../src/answering/mistaken-office.js";
import { withBothSidesCompromise } from "../../src/answering/russian/both-interests.js";
import { asRussianInTouchWith } from "../../src/answering/russian/in-touch-with.js";

describe("in touch with Putin is his phone call", () => {
  it.each([
    "which president was in contact with putin",
    "who reached out to the russian president",
    "whom did putin get hold of",
  ])("%s", (q) => expect(asInTouchWithPutin(q)).toBe("who did putin speak to on the phone"));

  it.each([
    "is the kremlin in touch with both sides",
    "who is moscow in contact with",
    "was putin in touch with hamas",
  ])("%s stays as typed", (q) => expect(asInTouchWithPutin(q)).toBe(q));

  it.each([
    "президент какой страны связывался с путиным",
    "с кем выходил на связь путин",
    "кто был на связи с путиным",
  ])("%s", (q) => expect(asRussianInTouchWith(q)).toBe("с кем путин говорил по телефону"));

  it("a yes/no of Erdogan asks about the call; the sides stay the Kremlin's contacts", () => {
    expect(asRussianInTouchWith("путин связывался с эрдоганом?")).toBe(
      "путин говорил по телефону с эрдоганом?",
    );
    for (const q of [
      "путин на связи с обеими сторонами?",
      "путин был на связи с хамасом?",
      "кремль на связи с израилем?",
    ])
      expect(asRussianInTouchWith(q)).toBe(q);
  });
});

describe("what both sides could accept is the compromise acceptable to both", () => {
  it.each([
    "did the us want terms each side could agree to",
    "was washington after an arrangement that all sides would accept",
    "did america seek mutually acceptable deals",
    "did the americans look for options that satisfy both sides",
  ])("%s", (q) => expect(asEverydayParaphrase(q)).toContain("compromises acceptable to both sides"));

  it("a plain acceptance stays as typed", () => {
    const q = "did israel accept the ceasefire";
    expect(asEverydayParaphrase(q)).toBe(q);
  });

  it.each([
    "сша искали варианты, которые подошли бы обеим сторонам?",
    "вашингтон предлагал взаимоприемлемые условия?",
  ])("%s", (q) => expect(withBothSidesCompromise(q)).toContain("компромиссы приемлемые для обеих сторон"));
});

describe("another name for an office guessed", () => {
  it.each([
    ["is peskov russias chief diplomat", "who is peskov"],
    ["is erdogan the premier of turkey", "who is erdogan"],
  ])("%s → %s", (q, read) => expect(asMistakenOffice(q)).toBe(read));
});
