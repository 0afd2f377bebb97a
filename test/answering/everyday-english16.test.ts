import { describe, expect, it } from "vitest";
import { realEngine as engine } from "../helpers/engine.js";

describe("roster questions over a class of speakers (intents.ts)", () => {
  it("reads a class of speakers asked for as who said what", () => {
    for (const q of [
      "which russian officials are mentioned",
      "what russian voices does the story have?",
      "name every person the piece names",
    ]) {
      const a = engine.findAnswer(q);
      expect(a.answered, q).toBe(true);
      expect(a.kind, q).toBe("quotes");
      expect(a.answer, q).toMatch(/Peskov/);
    }
  });
  it("reads who the piece features as who said what, not its figures or the warring parties", () => {
    for (const q of [
      "who are the main figures in the article",
      "which officials does the story feature",
      "who appears in the piece",
    ])
      expect(engine.findAnswer(q).kind, q).toBe("quotes");
    for (const q of ["which figures does the article give", "who is involved"])
      expect(engine.findAnswer(q).kind, q).not.toBe("quotes");
  });
  it("names the people the article names without quoting them", () => {
    expect(engine.findAnswer("who said what").answer).toMatch(/also names Recep Tayyip Erdogan/);
  });
  it("leaves one person's alias as that person's words ('the turkey leader')", () => {
    const a = engine.findAnswer("putin said what to the turkey leader?");
    expect(a.kind).not.toBe("quotes");
  });
});

describe("everyday words for the story's ideas (words.ts, english.ts, synonyms)", () => {
  it.each([
    ["is russia on speaking terms with israel and hamas", "kremlin-contact-both-sides"],
    ["does moscow talk to bth sides?", "kremlin-contact-both-sides"],
    ["how does putin feel about all the fighting", "putin-civilian-casualties"],
    [
      "why does moscow think it can work with both the israelis and the palestinians",
      "russia-impartial-mediator",
    ],
  ])("answers %s", (q, id) => {
    const a = engine.findAnswer(q);
    expect(a.answered, q).toBe(true);
    expect(a.entry?.id, q).toBe(id);
  });
  it("reads 'the upshot' and 'the crux' as the summary", () => {
    expect(engine.findAnswer("whats the upshot").kind).toBe("summary");
    expect(engine.findAnswer("the crux of the story?").kind).toBe("summary");
  });
  it("reads a ramble's apology and doubt as nothing asked", () => {
    const a = engine.findAnswer(
      "apologies for the silly question, my friend keeps saying putin blamed israel and i am not sure, who did he blame?",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/United States/);
  });
});
