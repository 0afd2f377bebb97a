import { describe, expect, it } from "vitest";
import { negatedMention, negatedMentionSentence } from "../../src/dialogue/negated-mention.js";

describe("negated mention: one list of wordings, two readings", () => {
  it("reads the sentence that denies a mention, leaving the sentences around it", () => {
    const text = "Putin spoke of the region. He made no mention of Russia's own role! The rest followed.";
    expect(negatedMentionSentence(text)).toBe(" He made no mention of Russia's own role");
    expect(negatedMention(text)).toEqual({ sayer: " He ", object: " Russia's own role" });
  });
  it("splits a Russian denial into who said nothing and of what, the verb's ending taken with the verb", () => {
    expect(negatedMention("Путин не упомянула роль России.")).toEqual({
      sayer: "Путин ",
      object: " роль России",
    });
  });
  it("takes a bare 'ни словом' or 'makes no mention' as a denial, but reads an object only where one is led into", () => {
    expect(negatedMentionSentence("Об этом — ни словом.")).toBe("Об этом — ни словом");
    expect(negatedMention("Об этом — ни словом.")).toBeUndefined();
    expect(negatedMentionSentence("He makes no mention whatsoever.")).toBe("He makes no mention whatsoever");
    expect(negatedMention("He makes no mention whatsoever.")).toBeUndefined();
    expect(negatedMention("Он ни словом не обмолвился о роли России.")).toEqual({
      sayer: "Он ",
      object: " роли России",
    });
  });
  it("finds nothing where nobody is said to have kept silent", () => {
    expect(negatedMentionSentence("Putin mentioned the talks.")).toBeUndefined();
    expect(negatedMention("Putin mentioned the talks.")).toBeUndefined();
  });
});
