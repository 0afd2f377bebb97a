// dialog32 (session 32): yes/no verdicts — an either-or whose one side wishes the fighting on (never "both"), …
// Own wordings; the sets' lines are pinned in test/questions.
import { describe, expect, it } from "vitest";
import { lastAnswer } from "../helpers/dialogue.js";

describe("an either-or whose one side wishes the fighting on", () => {
  it("answers the ceasefire side alone, never «И то и другое»", () => {
    for (const q of [
      "путин за прекращение огня или за продолжение войны?",
      "путин хочет, чтобы война закончилась или продолжалась",
    ]) {
      const reply = lastAnswer([q], "ru");
      expect(reply.answer.answer).not.toMatch(/И то и другое/);
      expect(reply.answer.entry?.id).toBe("ceasefire-call");
    }
  });
  it("in English too", () => {
    const reply = lastAnswer(["does putin want the war to end or to go on?"], "en");
    expect(reply.answer.answer).not.toMatch(/^Both/);
  });
});
