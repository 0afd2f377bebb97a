import { describe, expect, it } from "vitest";
import { asKremlinWant } from "../../src/answering/kremlin-want.js";
import { questionPieces } from "../../src/answering/question-pieces.js";
import { asSelfImage } from "../../src/answering/self-image.js";
import { withoutTopicNoun } from "../../src/answering/topic-noun.js";
import { withoutVerdictAsked } from "../../src/answering/verdict-asked.js";
import { answerChecks } from "../helpers/answering.js";

const { ask, expectAnswered, expectNotAnswered } = answerChecks("en");

describe("summary requests in idioms (summary-idioms.ts)", () => {
  it.each([
    "distil the key takeaways, bullet-style",
    "the elevator pitch version please",
    "what's the long and short of this story",
    "one-liner for this piece?",
    "executive summary of the article",
    "boil it down into a few bullets",
  ])("reads %s as a request for the summary", (q) => {
    expect(ask(q).kind, q).toBe("summary");
  });
  it("keeps a topic beside an idiom a question, and an idiom about something else refused", () => {
    expect(ask("the elevator pitch of putin's view on the us").kind).not.toBe("summary");
    expectNotAnswered("elevator pitch for my startup please");
    expectNotAnswered("give me the gist of the ukraine war");
  });
});

describe("a Russian party's pitch, spin or image (self-image.ts)", () => {
  it("reads the marketing words as how the party presents itself", () => {
    expect(asSelfImage("what's russia's pitch for itself in this mess")).toBe(
      "how does russia present itself in this mess",
    );
    expect(asSelfImage("how does moscow spin its role here")).toBe("how does moscow present itself here");
    expect(asSelfImage("what image is the kremlin trying to project")).toBe(
      "how does the kremlin present itself",
    );
  });
  it("leaves another party's pitch and an angle on someone else as typed", () => {
    expect(asSelfImage("what's hamas's pitch")).toBe("what's hamas's pitch");
    expect(asSelfImage("whats moscow's angle with hamas")).toBe("whats moscow's angle with hamas");
  });
  it.each([
    "what's russia's pitch for itself in this mess",
    "what narrative is moscow pushing about itself",
    "how does the kremlin sell itself",
  ])("answers %s with how Moscow presents itself", (q) => {
    expectAnswered(q, "russia-impartial-mediator");
  });
});

describe("a generic noun closing a topic (topic-noun.ts)", () => {
  it("drops the noun, typos of 'issue' too, and keeps the topic", () => {
    expect(withoutTopicNoun("putins view on the palestinan state isue?")).toBe(
      "putins view on the palestinan state?",
    );
    expect(withoutTopicNoun("his take on the quartet matter")).toBe("his take on the quartet");
    expect(withoutTopicNoun("what about the situation?")).toBe("what about the situation?");
  });
  it("answers the topic and still refuses an unknown one", () => {
    expectAnswered("putins view on the palestinan state isue?", "palestinian-state");
    expectNotAnswered("what did peskov say on the oil issue?");
  });
});

describe("someone's account with a verdict asked (verdict-asked.ts)", () => {
  it("keeps the account, without the teller, the asker's own claim and the verdict", () => {
    expect(
      withoutVerdictAsked(
        "my coworker claims putin said the americans hogged the peace talks. i said he just called for calm. who's right?",
      ),
    ).toBe("putin said the americans hogged the peace talks");
    expect(withoutVerdictAsked("who is right about the ceasefire")).toBe("who is right about the ceasefire");
  });
  it("answers the account with what the article says of it", () => {
    expectAnswered(
      "a friend told me putin put all the blame on the us for running the peace process alone, is he closer to the truth than me?",
      /us-monopolizing-peace|putin-blames-us|us-policy-failure|putin-on-us/,
    );
    expectNotAnswered("my friend says putin is secretly ill, who's right?");
  });
});

describe("a question inside a long ramble (question-pieces.ts)", () => {
  it("does not start a question at a 'when' inside a clause, and tries the question without its concession", () => {
    const pieces = questionPieces(
      "I'm writing an essay and I can't get why Moscow believes it can be a go-between when it has its own interests. How does the article frame that?",
    );
    expect(pieces).not.toContain("when it has its own interests");
    expect(pieces).toContain("why moscow believes it can be a go-between");
  });
  it("answers why Moscow thinks it can mediate from a ramble", () => {
    const a = expectAnswered(
      "For a class paper I'm trying to work out why Moscow believes it can act as a go-between in this war when it has its own interests. How does the article frame that?",
      "russia-impartial-mediator",
    );
    expect(a.quotes.map((q) => q.text).join(" ")).toMatch(/former Russian citizens/);
  });
});

describe("what the Kremlin wants done about the fighting (kremlin-want.ts)", () => {
  it("reads it as Russia's stance: the ceasefire call beside the Kremlin's role", () => {
    expect(asKremlinWant("what does the kremlin want done about the fighting right now")).toBe(
      "what does russia want done about the fighting right now",
    );
    const a = expectAnswered(
      "what would the kremlin like to see happen with the violence",
      "russia-position",
    );
    expect(a.answer).toMatch(/ceasefire/);
    expect(a.answer).toMatch(/Kremlin/);
  });
  it("leaves what the Kremlin wants alone its own entry", () => {
    expectAnswered("what does the kremlin want", "kremlin-settlement-role");
  });
});
