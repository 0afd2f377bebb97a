// Kinds of misses of the third session's English sets, each with questions of our own (none of them a line of a
// question set): topics the article does not cover beside a quoted speaker, a party's missing reply, a party a
// speaker only talks about, nicknames, summaries asked in unusual words, brevity beside a topic.
import { describe, expect, it } from "vitest";
import { askEnglish as ask, expectAnswered, expectNotAnswered, expectRefused } from "../helpers/answering.js";

describe("an unknown word anywhere in the topic, or after 'on' beside a speaker, is off-topic", () => {
  it.each([
    "what did peskov say about the wheat harvest deal",
    "did the kremlin comment on the fertiliser agreement",
    "peskov on gas prices",
    "putin on the space programme",
    "what did the foreign ministry say regarding visa rules",
  ])("%s", (q) => {
    expectNotAnswered(q);
  });

  it.each([
    ["peskov on a settlement", /kremlin-settlement-role|peskov-statement/],
    ["did putin mention a palestinian state", /palestinian-state/],
  ])("a known topic stays answered: %s", (q, id) => {
    expectAnswered(q, id);
  });
});

describe("a reply asked of a party the article never quotes is its gap, whatever else the question names", () => {
  it.each([
    ["has hamas answered the kremlin's offer of help", "hamas-statement"],
    ["did washington respond to moscow's criticism of its policy", "us-response"],
  ])("%s", (q, id) => {
    expectRefused(q, "not-in-article", id);
  });
});

describe("a party a quoted speaker talks about is not that party's missing words", () => {
  it("Putin on Israel is Putin's words (Israel is in them), not Israel's silence", () => {
    const a = expectAnswered("did putin mention israel at all");
    expect(a.quotes.map((q) => q.speaker)).toContain("Vladimir Putin");
  });

  it("Putin on Hamas stays a gap: none of Putin's words name Hamas", () => {
    expectNotAnswered("what did putin say about hamas");
  });
});

describe("nicknames and titles of the speakers", () => {
  it.each([
    ["what is vlad's view of america", "Vladimir Putin"],
    ["what does vova want", "Vladimir Putin"],
    ["what did the president's press secretary say", "Dmitry Peskov"],
    ["what did dmitry say", "Dmitry Peskov"],
  ])("%s", (q, speaker) => {
    const a = expectAnswered(q);
    expect(a.quotes.map((x) => x.speaker)).toContain(speaker);
  });
});

describe("the story in brief, asked in unusual words", () => {
  it.each([
    "could you boil the story down",
    "condense this piece",
    "sum the whole news story up in a couple of lines",
    "what's the headline",
    "what is this text really saying",
    "short and sweet please",
    "give it to me in plain language",
    "five bullet points please",
    "in a nutshell",
  ])("%s", (q) => {
    expect(ask(q).kind).toBe("summary");
  });

  it("brevity beside a topic is glue, not an unknown word", () => {
    const a = ask("in short, who does putin blame");
    expect(a.entry?.id).toBe("putin-blames-us");
  });
});

describe("whose worry: people in general are the article's concerns, Putin's are his", () => {
  it.each([
    ["what do observers fear", "crisis-spread-fears"],
    ["what are ordinary folks afraid of", "crisis-spread-fears"],
    ["what worries putin", "putin-civilian-casualties"],
  ])("%s", (q, id) => {
    expect(ask(q).entry?.id).toBe(id);
  });
});
