import { describe, expect, it } from "vitest";
import { isCommonEnglish } from "../../src/answering/common-english.js";
import { everydaySlip, looksGarbled } from "../../src/answering/everyday-slips.js";
import { answerChecks } from "../helpers/answering.js";

const en = answerChecks("en");

describe("slips in everyday words the knowledge base does not use (everyday-slips.ts)", () => {
  const words = ["foreign", "warring", "toll"];
  const known = (w: string) => words.includes(w);
  const near = (w: string) =>
    words.find((k) => k.length === w.length + 1 && [...w].every((c) => k.includes(c))) ?? null;
  it("finds the word a garbled, short or twice-slipped word was meant to be", () => {
    expect(everydaySlip("levle", known, near)).toBe("level");
    expect(everydaySlip("paragrpah", known, near)).toBe("paragraph");
    expect(everydaySlip("tol", known, near)).toBe("toll");
    expect(everydaySlip("forien", known, near)).toBe("foreign");
    expect(everydaySlip("warign", known, near)).toBe("warring");
  });
  it("leaves names that read like English as they are", () => {
    for (const name of ["biden", "paris", "harris", "raisi", "likud", "salman", "starmer", "stalin"])
      expect(everydaySlip(name, known, near), name).toBeNull();
    expect(looksGarbled("levle")).toBe(true);
    expect(looksGarbled("biden")).toBe(false);
    expect(isCommonEnglish("levle")).toBe(false);
  });
  it("answers on-topic questions with such slips, refuses off-topic ones with lower-case names", () => {
    en.expectAnswered("is putin worried by the growing death tol", "putin-civilian-casualties");
    en.expectAnswered("how is the levle of bloodshed described", /conflict-parties|violence-escalating/);
    en.expectAnswered("what is the forien ministry calling for", "foreign-ministry-position");
    en.expectAnswered("is moscow in touch with both warign parties", /contact|communication|both/);
    en.expectNotAnswered("what did biden say about putin's phone call");
    en.expectNotAnswered("does raisi back russia here");
    en.expectNotAnswered("what does likud think of moscow");
  });
});

describe("a measure of a topic reads the topic it measures (english-slots.ts, words.ts)", () => {
  it("the scale of the violence is the violence; of an unknown topic, still unknown", () => {
    en.expectAnswered("what about the scale of the fighting", /conflict-parties|violence-escalating/);
    en.expectNotAnswered("what did putin say about the level of inflation");
    en.expectNotAnswered("what did peskov say about the extent of the sanctions");
  });
});

describe("upset with a party is a grievance against it (synonyms)", () => {
  it("reads annoyance at the US as Putin's criticism, worry about deaths as his concern", () => {
    en.expectAnswered(
      "why is the russian president so upset with washington",
      /putin-on-us|us-policy|putin-blames/,
    );
    en.expectAnswered("what has putin unhappy with the americans", /putin-on-us|us-policy|putin-blames/);
    en.expectAnswered("is putin upset about the civilians dying", "putin-civilian-casualties");
    en.expectNotAnswered("is putin upset with netanyahu");
  });
});

describe("the story asked as bullets (intents.ts)", () => {
  it("answers bullets of any count or form with the summary, refuses bullets of another topic", () => {
    expect(en.ask("give me a couple of bullet points").kind).toBe("summary");
    expect(en.ask("in a handful of bullets please").kind).toBe("summary");
    expect(en.ask("recap it in point form").kind).toBe("summary");
    en.expectNotAnswered("a few bullets on the history of byzantium");
  });
});

describe("'what' before a noun for a person asks which person (which-person.ts)", () => {
  it("answers who the named person is, not what they said", () => {
    en.expectAnswered("what turkish leader gets a mention?", "who-is-erdogan");
    en.expectAnswered("What Turkish president does the piece mention?", "who-is-erdogan");
    en.expectNotAnswered("what did the turkish leader say", "erdogan-views");
  });
});

describe("a long message read without the asker's own story (ramble-focus.ts)", () => {
  it("answers the question inside a ramble about the story", () => {
    en.expectAnswered(
      "My cousin brought up this Quartet thing at lunch at the weekend and I honestly had no clue, so does the article say which countries and bodies belong to it and whether Russia is one of them?",
      /quartet/,
    );
  });
  it("still refuses a ramble about something else beside the story's names", () => {
    en.expectNotAnswered(
      "what a week, my boss keeps talking about russia and israel at lunch, so be honest with me, how much snow will fall in moscow next month?",
    );
    en.expectNotAnswered(
      "My neighbour was telling me over the fence yesterday about his garden and then asked me why the sky is blue and whether Putin or Erdogan ever talked about that, any idea?",
    );
  });
});
