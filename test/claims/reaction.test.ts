// claims-blind48's kind: another party's answer to a speaker's words ("rejected Putin's criticism", «отверг критику
// Путина»), which the article never reports — news, not a changed statement. Claims written for this test from the
// article, both languages; the speaker's words themselves, and "according to Putin" frames, keep their verdicts.
import { describe, expect, it } from "vitest";
import { isReaction } from "../../src/claims/reaction.js";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("an answer to a speaker's words the article never reports", () => {
  it.each([
    "The US administration brushed off Putin's remarks on its failed Middle East policy.",
    "Washington hit back at Putin's charges that it monopolizes the peace efforts.",
    "Вашингтон отклонил обвинения Путина в монополизации мирных усилий.",
    "Госдепартамент ответил на упрёки Путина в адрес американской политики.",
    // chat style, the possessive without its apostrophe (claims-blind60 confirmed it as paraphrase on its first run)
    "the white house slammed putins remarks about us policy",
  ])("%s → not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  it("leaves the speaker's own words and a frame of his words", () => {
    expectConfirmed("Putin criticizes Washington for monopolizing peace efforts.");
    expectConfirmed("По словам Путина, Вашингтон монополизирует мирные усилия.");
    expect(isReaction("Putin's criticism of Washington was rejected")).toBe(false);
    expect(isReaction("Putin rejects the US monopoly on peace efforts")).toBe(false);
    expect(isReaction("washington ignored the palestinians interests, putin says")).toBe(false);
  });
});
