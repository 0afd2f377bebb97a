// Issue 11 (quality-en13): chat shorthand, typo ties, who set the question and the asker's plea, a brief asked of
// one topic, whether the article is about something, a name checked against Putin's call, a forecast of what
// this turns into.
import { describe, expect, it } from "vitest";
import { withoutAskerFrame } from "../../src/answering/asker-frame.js";
import { asCallOrOmission } from "../../src/answering/call-and-omission.js";
import { asksForecast } from "../../src/answering/future-outcome.js";
import { createEngine } from "../../src/answering/index.js";
import { asTopicBrief } from "../../src/answering/topic-brief.js";
import { keepsEveryLetter } from "../../src/answering/typo-slips.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

describe("a slip that keeps every letter", () => {
  it.each([
    ["wnat", "want"],
    ["woried", "worried"],
    ["worrried", "worried"],
  ])("%s → %s keeps every letter", (typo, word) => {
    expect(keepsEveryLetter(typo, word)).toBe(true);
  });
  it.each([
    ["wnat", "what"],
    ["woried", "worked"],
    ["casr", "case"],
  ])("%s → %s is another letter", (typo, word) => {
    expect(keepsEveryLetter(typo, word)).toBe(false);
  });
});

describe("who set the question and the plea", () => {
  it("takes off the teacher and the plea", () => {
    expect(
      withoutAskerFrame("my teacher asked us who putin phoned about the gaza fighting, what do i write?"),
    ).toBe("who putin phoned about the gaza fighting?");
    expect(withoutAskerFrame("Our prof wants me to explain why Putin blames the US. can u help?")).toBe(
      "why Putin blames the US?",
    );
  });
  it("leaves a teacher's claim to check as typed", () => {
    const q = "my teacher said Russia is neutral, is that right?";
    expect(withoutAskerFrame(q)).toBe(q);
  });
});

describe("a brief asked of one topic", () => {
  it.each([
    ["tl;dr of the Quartet part", "what about the Quartet"],
    ["summarise putin's position in two sentences", "what about putin's position"],
    ["recap of what the foreign ministry said", "what the foreign ministry said"],
    ["is this article about Ukraine?", "what is this article about"],
  ])("%s → %s", (q, read) => {
    expect(asTopicBrief(q)).toBe(read);
  });
  it.each([
    "tl;dr pls",
    "summarise the article",
    "give me the gist in like 2 sentences",
    "summary of the whole thing",
  ])("%s stays the summary request", (q) => {
    expect(asTopicBrief(q)).toBe(q);
  });
});

describe("a name checked against Putin's call", () => {
  it.each(["Did Putin call Biden?", "did putin talk to netanyahu too?", "has putin spoken with erdogan"])(
    "%s asks whom Putin called",
    (q) => {
      expect(asCallOrOmission(q)).toBe("who did putin call");
    },
  );
  it.each([
    "did putin call for a ceasefire",
    "did putin call the US a failure",
    "did putin talk about ukraine",
  ])("%s is left as typed", (q) => {
    expect(asCallOrOmission(q)).toBe(q);
  });
});

describe("what this turns into", () => {
  it.each([
    "is this gonna turn into ww3",
    "will the conflict escalate into a regional war",
    "is the war going to end",
  ])("%s is a forecast", (q) => {
    expect(asksForecast(q)).toBe(true);
  });
  it.each(["will the violence spread", "could this become a world war"])("%s is not", (q) => {
    expect(asksForecast(q)).toBe(false);
  });
});

describe("the engine on chat and learners' English", () => {
  const engine = createEngine(loadKnowledgeBase("knowledge"));
  it.each([
    ["lowkey who does putin think messed up, the US or nah?", /united states|washington/i],
    ["tryna understand why russia gets along with israel", /former russian citizens/i],
    ["acc to the article what does the foreign ministry want", /regional players/i],
    ["is putin woried abt civillians in gaza n isreal", /concern/i],
    ["how lomg has russia ben tied to the palestinains", /long-standing ties/i],
    ["Putin mentions Palestinians wanting what", /state/i],
    ["my teacher asked us who putin phoned about the gaza fighting, what do i write?", /erdogan/i],
  ])("answers %s", (q, expected) => {
    const a = engine.findAnswer(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(expected);
  });
  it.each([
    "what did putin say about ukraine",
    "lowkey what's iran doing in all this",
    "is this gonna turn into ww3",
  ])("refuses %s", (q) => {
    expect(engine.findAnswer(q).answered).toBe(false);
  });
});
