import { describe, expect, it } from "vitest";
import { isCommonRussian } from "../../src/answering/russian/dictionary.js";
import { realEngine as engine } from "../helpers/engine.js";

describe("the Russian name gate and common words of short stems", () => {
  it("reads verbs of three-letter stems as common words, not names", () => {
    for (const w of ["ходит", "сидит", "любит", "видит", "стоит", "ходил", "сидел"])
      expect(isCommonRussian(w), w).toBe(true);
  });

  it("still takes a mistyped name for a name", () => {
    for (const w of ["путен", "пескав", "кремел", "нетаньяху"]) expect(isCommonRussian(w), w).toBe(false);
  });

  it("does not refuse an on-topic question for such a verb", () => {
    const a = engine.findAnswer("кто стоит за насилием по мнению путина");
    expect(a.answered).toBe(true);
    expect(a.lang).toBe("ru");
  });
});
