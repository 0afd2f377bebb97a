// Who founded a place or when it was founded (session 31, blind-ru62's «Кто основал Тель-Авив и в каком году?"): "tel
// aviv" is one of Israel's names and "founded" met the Quartet "formed" to facilitate the talks, so the reply was the
// Quartet card. An encyclopedia's fact, which the article never gives: refused as trivia, in English and Russian,
// while who formed the Quartet stays answered. Our own wordings.
import { describe, expect, it } from "vitest";
import { realEngine as engine } from "../helpers/engine.js";

describe("founding facts of a place are trivia", () => {
  it.each([
    ["who founded tel aviv?", "en"],
    ["who built tel aviv", "en"],
    ["кто основал тель-авив?", "ru"],
    ["в каком году был основан израиль?", "ru"],
  ] as const)("%s → not answered", (q, lang) => {
    expect(engine.findAnswer(q, lang).answered).toBe(false);
  });
  it.each([
    ["who formed the quartet?", "en"],
    ["кто создал квартет?", "ru"],
  ] as const)("%s → still the Quartet", (q, lang) => {
    const a = engine.findAnswer(q, lang);
    expect(a.answered).toBe(true);
    expect(a.kind === "entry" ? a.entry?.id : null).toBe("quartet-purpose");
  });
});
