import { describe, expect, it } from "vitest";
import { realEngine as engine } from "../helpers/engine.js";

describe("why a yes/no card's fact holds (why-reason.ts, the entry's 'reason')", () => {
  it("answers why Moscow says it can talk to both sides with the mediator entry, not the contact card", () => {
    const a = engine.findAnswer("why does moscow say it can talk to both warring sides?");
    expect(a.entry?.id).toBe("russia-impartial-mediator");
    expect(a.answer).not.toMatch(/^Yes\./);
  });
  it("answers a why/how over both sides with both halves, not the Israel ties alone", () => {
    for (const q of [
      "why does russia claim it can deal with both sides",
      "how does moscow manage to stay neutral",
    ]) {
      const a = engine.findAnswer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toMatch(/Hamas/);
      expect(a.answer, q).toMatch(/former Russian citizens/);
    }
  });
  it("still answers the contact card's yes/no question with its verdict", () => {
    expect(engine.findAnswer("does the kremlin talk to both sides?").answer).toMatch(/^Yes\./);
  });
});

describe("who the article names (intents.ts)", () => {
  it("reads 'who is named' and a count of the people named as who said what", () => {
    for (const q of [
      "who is named",
      "who gets named in the story?",
      "how many people does the article name",
    ]) {
      const a = engine.findAnswer(q);
      expect(a.kind, q).toBe("quotes");
      expect(a.answer, q).toMatch(/Peskov/);
    }
  });
  it("leaves 'who is involved' to the warring parties and casualty counts to the gap", () => {
    expect(engine.findAnswer("who is involved").kind).not.toBe("quotes");
    expect(engine.findAnswer("how many people have died").kind).not.toBe("quotes");
  });
});

describe("keyword typists' abbreviations (word-rewrites.ts)", () => {
  it("reads fm and mfa as the Foreign Ministry", () => {
    for (const q of ["fm stance direct talks", "mfa position"])
      expect(engine.findAnswer(q).entry?.id, q).toBe("foreign-ministry-position");
  });
});

describe("one speaker's stance asked (speaker-stance.ts)", () => {
  it("answers 'X's take on Y' with that speaker's own entry when it is near", () => {
    expect(engine.findAnswer("the foreign ministry's take on the crisis").entry?.id).toBe(
      "foreign-ministry-position",
    );
  });
  it("leaves a question without a stance word to the ranking", () => {
    expect(engine.findAnswer("how bad is the crisis").entry?.id).not.toBe("foreign-ministry-position");
  });
});
