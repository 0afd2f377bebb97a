import { describe, expect, it } from "vitest";
import { normaliseWords } from "../../src/answering/normalise.js";

describe("normaliseWords", () => {
  it("lower-cases and drops punctuation", () => {
    expect(normaliseWords("Who did PUTIN call?!")).toEqual(["who", "did", "putin", "call"]);
  });

  it("expands contractions, with or without the apostrophe", () => {
    expect(normaliseWords("What's up? Doesn't he? whats this, doesnt it")).toEqual([
      "what",
      "is",
      "up",
      "does",
      "not",
      "he",
      "what",
      "is",
      "this",
      "does",
      "not",
      "it",
    ]);
  });

  it("drops possessives, typographic apostrophes included", () => {
    expect(normaliseWords("Putin’s view, Russia's role, the Palestinians' state")).toEqual([
      "putin",
      "view",
      "russia",
      "role",
      "the",
      "palestinians",
      "state",
    ]);
  });

  it("reads U.S., US and USA as the country", () => {
    expect(normaliseWords("U.S. policy")).toEqual(["usa", "policy"]);
    expect(normaliseWords("what about the US")).toEqual(["what", "about", "the", "usa"]);
    expect(normaliseWords("us policy")).toEqual(["usa", "policy"]);
  });

  it("keeps 'us' a pronoun after verbs like tell and give", () => {
    expect(normaliseWords("tell us more")).toEqual(["tell", "us", "more"]);
  });

  it("drops accents: Erdoğan is erdogan", () => {
    expect(normaliseWords("Erdoğan")).toEqual(["erdogan"]);
  });

  it("keeps tl;dr as one word", () => {
    expect(normaliseWords("tl;dr")).toEqual(["tldr"]);
  });

  it("reads at most 4096 characters", () => {
    expect(normaliseWords("word ".repeat(5000)).length).toBeLessThanOrEqual(820);
  });
});

describe("chat abbreviations in capitals (quality-en15)", () => {
  it("reads RU/RUS as Russia and 'the ME' as the Middle East, and leaves them in lower case", () => {
    expect(normaliseWords("what does RU say abt US policy in the ME?")).toEqual(
      normaliseWords("what does russia say abt US policy in the middle east?"),
    );
    expect(normaliseWords("RUS position")).toEqual(["russia", "position"]);
    expect(normaliseWords("tell me about the ru version")).toContain("me");
    expect(normaliseWords("tell me about the ru version")).toContain("ru");
  });
});
