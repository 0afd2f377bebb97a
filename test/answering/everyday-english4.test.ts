// Kinds of misses of the fourth session's blind English set, each with questions of our own (none of them a line of
// a question set): digits typed for words, "explain like I'm five", a gap entry met by a keyword query that does
// not ask its missing detail, close candidates that are one topic, the conflict called "this mess".
import { describe, expect, it } from "vitest";
import { expectAnswered, expectNotAnswered, expectRefused } from "../helpers/answering.js";

describe("a lone 2 or 4 typed for 'to' or 'for' is read as the word", () => {
  it.each([
    ["who did the russian leader speak 2 by phone", /putin-erdogan-call/],
    ["who does the kremlin want 2 help", /.+/],
    ["what is putin calling 4 in gaza", /ceasefire-call|what-putin-wants/],
    ["who does putin blame 4 the violence", /putin-blames-us/],
  ])("%s", (q, id) => {
    expectAnswered(q, id);
  });

  it("a digit that is a figure stays one: an unknown number is not made a word", () => {
    expectNotAnswered("were 4 hostages freed");
  });
});

describe("'explain like I'm five' is the reader's level, not a topic", () => {
  it.each([
    "explain like im 5 who putin blames",
    "explain it like i'm 5 what the kremlin wants",
    "eli5 what does russia want in gaza",
  ])("%s", (q) => {
    expectAnswered(q);
  });
});

describe("a gap entry fits only when its missing detail is asked", () => {
  it("a keyword query about an answered topic gets the answer", () => {
    expectAnswered("russian mfa and the regional players", "foreign-ministry-position");
  });

  it.each([
    "which regional players does the foreign office have in mind",
    "does the mfa name the regional players",
    "regional players names",
  ])("asking the detail still gets the gap: %s", (q) => {
    expectRefused(q, "not-in-article", "regional-players-named");
  });
});

describe("close candidates that are one topic are answered, not asked about (see also decide.test.ts)", () => {
  it("who spoke of moscow being ready to help with a settlement", () => {
    const a = expectAnswered("who spoke of moscow being ready to help with a settlement");
    expect(a.answer).toMatch(/Peskov|Kremlin/);
  });
});

describe("the conflict called a mess", () => {
  it.each([
    "who does putin hold responsible for this whole mess",
    "whose fault is the mess in the middle east according to putin",
  ])("%s", (q) => {
    expectAnswered(q, "putin-blames-us");
  });
});
