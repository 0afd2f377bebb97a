// Kinds of misses of the seventh session's first wave (blind14) and of our own probes (probes-en10), each with
// questions of our own (none a line of a question set): trivia about a place or body the story names, advice for
// the asker's own life with one word the story shares, whom a voice blames "for" something, the way Putin and
// Erdogan talked, where a voice stands on a thing, a named part of the article, and an either/or with one side
// the article's.
import { describe, expect, it } from "vitest";
import { sidesOf } from "../../src/answering/either-or.js";
import { namedParagraph } from "../../src/answering/named-paragraph.js";
import { asksOwnAdvice } from "../../src/answering/own-advice.js";
import { wantsTrivia } from "../../src/answering/trivia.js";
import { askEnglish as ask, expectAnswered, expectNotAnswered } from "../helpers/answering.js";

describe("trivia about a named place or body is not the story's", () => {
  it.each([
    "which city is the capital of turkey",
    "how big is turkey's population these days",
    "what money do they use in turkey, the lira? what currency is it",
    "when was the european union founded",
    "what languages do people speak in israel",
    "is the weather in ankara warm in winter",
  ])("%s", (q) => {
    expectNotAnswered(q);
  });

  it("says the article gives no such facts, not who Erdogan is as an answer", () => {
    const a = ask("so what's turkey's population?");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/doesn't give background facts/);
  });

  it("the story's own questions about those names still answer", () => {
    expectAnswered("who is the turkish leader in the article", /erdogan/);
    expectAnswered("what was the quartet formed for", /quartet/);
    expect(wantsTrivia("what is the capital of russia")).toBe(true);
    expect(wantsTrivia("what did putin say about the capital punishment of terrorists")).toBe(false);
  });
});

describe("advice for the asker's own life is refused, one shared word notwithstanding", () => {
  it.each([
    "my sister and I are in a huge conflict over our late mother's flat, how can we negotiate a fair split?",
    "my toddler won't stop throwing food at dinner no matter what, any tips?",
    "our team keeps fighting over who does the dishes at work, what should I do?",
  ])("%s", (q) => {
    expectNotAnswered(q);
  });

  it("a message naming the story is still read", () => {
    expect(asksOwnAdvice("how can i find out what putin said", [])).toBe(false);
    expect(asksOwnAdvice("any tips on understanding the article", [])).toBe(false);
    expect(asksOwnAdvice("how do we get a lasting peace", [])).toBe(true);
  });
});

describe("whom a voice blames, with what for, is who is blamed", () => {
  it.each([
    "whom does putin blame for the bloodshed",
    "who is the russian president blaming for the casualties?",
    "which country does putin hold responsible for the escalation in gaza",
  ])("%s", (q) => {
    const a = expectAnswered(q, /putin-blames-us|us-policy-failure|putin-on-us/);
    expect(a.answer).toMatch(/United States/);
  });
});

describe("the way Putin and Erdogan talked is the phone call", () => {
  it.each([
    "how did erdogan and putin communicate with one another",
    "by what means did the russian president contact erdogan?",
    "in what way did putin talk with the turkish leader",
  ])("%s", (q) => {
    const a = expectAnswered(q, "putin-erdogan-call");
    expect(a.answer).toMatch(/phone call/);
  });
});

describe("where a voice stands on a thing is its stance on that thing", () => {
  it("where does moscow stand on palestinian statehood", () => {
    expectAnswered("where does moscow stand on palestinian statehood", "palestinian-state");
  });
});

describe("a named part of the article chooses among near entries", () => {
  it("reads the paragraph a question names", () => {
    expect(namedParagraph("what does the final paragraph say", 7)).toBe(7);
    expect(namedParagraph("in the opening paragraph who is concerned", 7)).toBe(1);
    expect(namedParagraph("what is in the third paragraph", 7)).toBe(3);
    expect(namedParagraph("what is in paragraph 9", 7)).toBeNull();
  });

  it.each([
    "according to the final paragraph, what is required urgently?",
    "what does the ending of the article argue for",
  ])("%s", (q) => {
    const a = expectAnswered(q, /article-conclusion|how-to-resolve/);
    expect(a.answer).toMatch(/comprehensive/);
  });
});

describe("an either/or with one side the article's answers that side, without a Yes", () => {
  it("splits at one 'or'", () => {
    expect(sidesOf("does putin want a truce now or in a month?")).toEqual([
      "does putin want a truce now",
      "in a month",
    ]);
    expect(sidesOf("war or peace or what")).toBeNull();
  });

  it.each([
    "does putin want an immediate truce or a phased one?",
    "putin: a ceasefire at once or a slow wind-down?",
  ])("%s", (q) => {
    const a = expectAnswered(q, "ceasefire-call");
    expect(a.answer).toMatch(/immediate/);
    expect(a.answer).not.toMatch(/^Yes\./);
  });

  it("an either/or about things the article does not cover is still refused", () => {
    expectNotAnswered("pizza or pasta tonight?");
  });
});
