// The controversy card's answering-only words (claims36): «неоспорима», «однозначна», «бесспорно» left the «споры»
// synonym group (the claim checker read them as that word) and stand as the card's keywords, so a Russian question
// asking whether Russia's role is undisputed still finds the card. Questions written for this test.
import { describe, expect, it } from "vitest";
import { realEngine } from "../helpers/engine.js";

describe("the opposites of «споры» as answering-only words", () => {
  it.each([
    "неоспоримо ли участие россии в мирном процессе?",
    "роль москвы в ближневосточном урегулировании однозначна?",
    "правда что вклад россии в мирный процесс бесспорен?",
  ])("%s finds the controversy card", (q) => {
    const a = realEngine.findAnswer(q, "ru");
    expect(a.entry?.id, a.answer).toBe("russia-role-controversy");
  });
});
