import { describe, expect, it } from "vitest";
import { findVerbatim } from "../../src/knowledge/index.js";
import { realEngine as engine, realKb as kb } from "../helpers/engine.js";

const verbatim = (text: string) => kb.article.paragraphs.some((p) => findVerbatim(p, text));

describe("findAnswer", () => {
  it("answers a plain question with the entry, its quotes and who said them", () => {
    const a = engine.findAnswer("who did putin call?");
    expect(a).toMatchObject({ answered: true, kind: "entry", reason: null });
    expect(a.answer + a.quotes.map((q) => q.text).join(" ")).toMatch(/Erdogan/);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(a.quotes.every((q) => verbatim(q.text) && q.speaker.length > 0)).toBe(true);
    expect(a.confidence).toBeGreaterThanOrEqual(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it("survives typos and keyword-only questions", () => {
    expect(engine.findAnswer("ceasfire").entry?.id).toBe(engine.findAnswer("ceasefire").entry?.id);
    expect(engine.findAnswer("is russia neutral").answered).toBe(true);
  });

  it("refuses a question about a name the article does not know, even next to Putin", () => {
    const a = engine.findAnswer("what did putin tell biden");
    expect(a).toMatchObject({ answered: false, reason: "out-of-scope" });
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it("refuses off-topic questions and small talk", () => {
    for (const q of ["What's the weather like?", "hello", "qwerty", "How do I bake bread?"]) {
      expect(engine.findAnswer(q).answered, q).toBe(false);
    }
  });

  it("says the article doesn't say, for a curated gap, with what it does say", () => {
    const a = engine.findAnswer("what is the death toll");
    expect(a).toMatchObject({ answered: false, reason: "not-in-article", kind: "entry" });
    expect(a.entry?.kind).toBe("not-in-article");
  });

  it("does not answer a 'how many' question with an entry that has no figure", () => {
    const a = engine.findAnswer("how many former russian citizens live in israel");
    expect(a).toMatchObject({ answered: false, reason: "not-in-article" });
    expect(a.answer).toMatch(/doesn't give a figure/);
  });

  it("treats an empty or punctuation-only question as empty", () => {
    for (const q of ["", "   ", "?!", "🙂🙂"]) expect(engine.findAnswer(q).reason, q).toBe("empty");
  });

  it("answers a request for a summary with the short summary", () => {
    expect(engine.findAnswer("tl;dr")).toMatchObject({
      answered: true,
      kind: "summary",
      answer: kb.summaries.short,
    });
  });

  it("answers who said what with one quote per quoted speaker", () => {
    const a = engine.findAnswer("who said what?");
    expect(a.kind).toBe("quotes");
    expect(new Set(a.quotes.map((q) => q.speakerId)).size).toBe(a.quotes.length);
    expect(a.quotes.map((q) => q.speakerId)).toContain("peskov");
  });

  it("keeps the reply within the budget the judge allows", () => {
    for (const q of ["who said what", "what does russia want", "quotes from putin"]) {
      const a = engine.findAnswer(q);
      expect(
        a.answer.length + a.quotes.reduce((n, x) => n + x.text.length + x.speaker.length + 2, 0),
      ).toBeLessThanOrEqual(1200);
    }
  });
});

describe("the rest of the engine", () => {
  it("finds a speaker by any alias, typos tolerated", () => {
    expect(engine.findSpeaker("putin")?.id).toBe("putin");
    expect(engine.findSpeaker("the Russian leader")?.id).toBe("putin");
    expect(engine.findSpeaker("peskof")?.id).toBe("peskov");
    expect(engine.findSpeaker("Foreign Ministry")?.id).toBe("foreign-ministry");
    expect(engine.findSpeaker("zzzz")).toBeNull();
  });

  it("answers for an entry chosen by id, with related questions", () => {
    const a = engine.answerForEntry("ceasefire-call");
    expect(a?.answered).toBe(true);
    expect(a?.suggestions.length).toBeGreaterThan(0);
    expect(engine.answerForEntry("no-such-entry")).toBeNull();
  });

  it("lists every quote of a speaker once, in article order", () => {
    const a = engine.quotesBy("putin");
    const paragraphs = a.quotes.map((q) => q.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((x, y) => x - y));
    expect(new Set(a.quotes.map((q) => q.text)).size).toBe(a.quotes.length);
    expect(a.quotes.every((q) => q.speakerId === "putin")).toBe(true);
  });

  it("offers popular questions", () => {
    expect(engine.popularQuestions(3)).toHaveLength(3);
  });
});

describe("quotesBy", () => {
  it("leaves out a quote that is part of a longer quote of the same speaker", () => {
    const texts = engine.quotesBy("putin").quotes.map((q) => q.text);
    for (const t of texts)
      expect(
        texts.filter((other) => other !== t && other.includes(t)),
        t,
      ).toEqual([]);
  });
});
