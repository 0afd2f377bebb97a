// A call asked of the article itself is answered by the article's own voice (article-phrase.ts): Putin's "urgent
// need for an immediate ceasefire" is his call, reported; the close's "lasting and just resolution" is the
// article's. "does the article call for an immediate ceasefire?" was the ceasefire card's curated Yes. Phrasings
// written for this test.
import { describe, expect, it } from "vitest";
import { articlePhraseVerdict } from "../../src/dialogue/article-phrase.js";
import { lastVerdict } from "../helpers/dialogue.js";

describe("the article's own call, not a speaker's", () => {
  it("a speaker's call asked as the article's: doesn't say", () => {
    expect(lastVerdict(["does the article urge an immediate ceasefire?"])).toBe("not-said");
    expect(lastVerdict(["does the piece advocate an independent palestinian state?"])).toBe("not-said");
  });
  it("the article's own call and a speaker's call asked as his keep their Yes", () => {
    expect(lastVerdict(["does the article plead for inclusive approaches?"])).toBe("yes");
    expect(lastVerdict(["did putin urge an immediate ceasefire?"])).toBe("yes");
    expect(lastVerdict(["does the article say putin called for an immediate ceasefire?"])).toBe("yes");
  });
  it("decides by the evidence's voices", () => {
    const paragraphs = ["Putin urged a ceasefire.", "It underscores the urgency for calm talks."];
    const voiced = (s: string) => s.startsWith("Putin");
    expect(articlePhraseVerdict("does the article call for calm talks?", paragraphs, voiced)).toBe("yes");
    expect(
      articlePhraseVerdict("does the article call for a ceasefire?", paragraphs, voiced, [
        "Putin urged a ceasefire.",
      ]),
    ).toBe("not-said");
    expect(
      articlePhraseVerdict("does the article call for a ceasefire?", paragraphs, voiced, ["It underscores…"]),
    ).toBeNull();
  });
});
