// Words that name members of Object.prototype ("constructor", "valueOf") are words like any other: the readers' word
// tables are Maps, so a look-up of such a word finds nothing (an object's `table[word]` found Object's own function,
// and the answer threw "t.term.startsWith is not a function").
import { describe, expect, it } from "vitest";
import { chatSpelling } from "../../src/answering/chat-spelling.js";
import { withGlueSlipsFixed } from "../../src/answering/glue-slips.js";
import { ENGLISH } from "../../src/answering/language.js";
import { RUSSIAN } from "../../src/answering/russian/rules.js";
import { realEngine } from "../helpers/engine.js";

const MEMBERS = ["constructor", "tostring", "valueof", "hasownproperty", "isprototypeof", "__proto__"];

describe("words named like Object.prototype's members", () => {
  it("are no short misspelling, chat spelling or frame cue of either language", () => {
    for (const w of MEMBERS) {
      expect(ENGLISH.shortMisspellings.get(w), w).toBeUndefined();
      expect(RUSSIAN.shortMisspellings.get(w), w).toBeUndefined();
      expect(ENGLISH.frameCues.get(w), w).toBeUndefined();
      expect(RUSSIAN.frameCues.get(w), w).toBeUndefined();
      expect(chatSpelling(w), w).toBeNull();
    }
    expect(withGlueSlipsFixed("wat about valueof")).toBe("what about valueof");
  });

  it.each([
    "what did the kremlin say about the constructor",
    "Constructor?",
    "wat constructor 2 tostring",
    "что сказал кремль про constructor",
    "кто такой constructor",
    "где valueof",
  ])("are read, not thrown on: %s", (question) => {
    const answer = realEngine.findAnswer(question);
    expect(answer.answer.length).toBeGreaterThan(0);
    expect(answer.answered).toBe(false);
  });
});
