// quality-ru12: "и ей это удаётся?" after an answer asks the outcome of an aim, which the article never reports.
import { describe, expect, it } from "vitest";
import { asksSuccess } from "../../src/dialogue/success-asked.js";

describe("a follow-up asking whether the aim comes off (success-asked.ts)", () => {
  it.each([
    ["и ему это удалось?", "ru"],
    ["а у них получается?", "ru"],
    ["выходит ли это у него", "ru"],
    ["does it work?", "en"],
    ["and has he succeeded?", "en"],
  ] as const)("reads '%s'", (q, lang) => {
    expect(asksSuccess(q, lang)).toBe(true);
  });

  it.each([
    ["удалось ли путину договориться с эрдоганом?", "ru"],
    ["что получается у кремля?", "ru"],
    ["does putin work with erdogan?", "en"],
  ] as const)("leaves a question with a topic of its own: '%s'", (q, lang) => {
    expect(asksSuccess(q, lang)).toBe(false);
  });
});
