// One list of a person's private life for the engine and the chat (private-life-words.ts). Phrasings written for
// this test.
import { describe, expect, it } from "vitest";
import { wantedAnswerType } from "../../src/answering/answer-type.js";

describe("a person's private life, one list", () => {
  it("the engine reads the chat's words too (sports) and its own (body, money, schooling)", () => {
    for (const q of [
      "which hockey team does erdogan follow",
      "how tall is peskov",
      "what languages does peskov speak",
      "is putin married",
      "does erdogan have any grandchildren",
    ])
      expect(wantedAnswerType(q), q).toBe("personal");
  });
  it("the story's children are no private life", () => {
    expect(wantedAnswerType("is putin worried about the children in gaza")).not.toBe("personal");
  });
});
