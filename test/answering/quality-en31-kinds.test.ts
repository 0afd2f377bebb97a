// quality-en31's kinds of miss, through the engine (our own wording, not taken from a set).
import { describe, expect, it } from "vitest";
import { asContactWithdrawal, asksContactWithdrawn } from "../../src/answering/contact-withdrawal.js";
import { pointsBack } from "../../src/answering/pointed-topic.js";
import { asSidesAsked } from "../../src/answering/sides-asked.js";
import { answerChecks } from "../helpers/answering.js";

const en = answerChecks("en");

describe("contact with the sides withdrawn, asked the other way round (contact-withdrawal.ts)", () => {
  it("reads refusing, shunning, shutting out and stopping talks as the Kremlin's contact, only for Russia's side", () => {
    expect(asksContactWithdrawn("is moscow giving the cold shoulder to the warring parties")).toBe(true);
    expect(asContactWithdrawal("has the kremlin cut off contact with hamas")).toContain(
      "in contact with hamas",
    );
    expect(asksContactWithdrawn("did washington refuse to deal with the palestinians")).toBe(false);
    expect(asksContactWithdrawn("is the kremlin refusing a ceasefire")).toBe(false);
  });
  it("answers with the contact card, without the card's 'Yes.' to the opposite question", () => {
    for (const q of [
      "is russia freezing out both sides",
      "did the kremlin stop speaking with israel and hamas",
    ]) {
      const a = en.expectAnswered(q, "kremlin-contact-both-sides");
      expect(a.answer).not.toMatch(/^Yes\b/);
    }
    expect(en.ask("is the kremlin in touch with both sides").answer).toMatch(/^Yes\b/);
  });
});

describe("who the sides are, asked with the Kremlin's contact after them (sides-asked.ts)", () => {
  it("reads the question as who the warring sides are, and leaves 'which sides does it talk to' alone", () => {
    expect(asSidesAsked("who exactly are the parties moscow keeps lines open to")).toBe(
      "who are the two warring sides",
    );
    expect(asSidesAsked("russia talks to both parties: who are they")).toBe("who are the two warring sides");
    expect(asSidesAsked("does the kremlin talk to both sides")).toBe("does the kremlin talk to both sides");
  });
  it("names Hamas and Israel", () => {
    const a = en.expectAnswered("who are the 'two sides' russia stays in contact with", "conflict-parties");
    expect(a.answer).toMatch(/Hamas/);
    expect(a.answer).toMatch(/Israeli/);
  });
});

describe("an off-story topic set out, then a vague ask (pointed-topic.ts, message-reading.ts)", () => {
  it("takes 'where do things stand', 'latest' and 'status' as asks with no topic of their own", () => {
    expect(pointsBack("where do things stand")).toBe(true);
    expect(pointsBack("latest")).toBe(true);
    expect(pointsBack("who did putin call")).toBe(false);
  });
  it("refuses a topic in words the article never uses, answers one it covers", () => {
    en.expectNotAnswered("baltic pipeline sabotage - what's going on");
    en.expectNotAnswered("kashmir border clashes: where do things stand");
    en.expectNotAnswered("arctic ice melt - latest");
    en.expectAnswered("the quartet - what's going on", /^quartet-/);
  });
});
