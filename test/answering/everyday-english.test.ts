// Kinds of misses found on the English regression sets, each with questions of our own: chat shorthand and a
// dropped g, people the article never mentions whose names are common words, a party it never quotes asked
// what it said, Moscow speaking through its institutions, and a detail about a name the article does not give.
import { describe, expect, it } from "vitest";
import { askEnglish as ask, expectAnswered, expectNotAnswered, expectRefused } from "../helpers/answering.js";

describe("chat shorthand and a dropped g are read as words", () => {
  it.each([
    ["y is putin knockin washington", /putin-on-us|putin-blames-us|us-/],
    ["ties btw russia n israel w former citizens", /russia-israel-ties/],
    [
      "is moscow in touch w both sides or smth",
      /kremlin-contact-both-sides|is-russia-neutral|russia-impartial-mediator/,
    ],
  ])("%s", (q, id) => {
    expectAnswered(q, id);
  });
});

describe("someone the article never mentions, in the speaker's place", () => {
  it.each([
    "what did pence say about the ceasefire",
    "what does bush think of putin",
    "how did price react to hamas",
  ])("%s -> refused", (q) => {
    expectRefused(q, "out-of-scope");
  });

  it("a name's plural is not corrected into a word of the knowledge base ('bidens' is not 'widens')", () => {
    expectNotAnswered("bidens view on the crisis");
  });
});

describe("a party the article never quotes, asked what it said", () => {
  it.each([
    ["what did hamas say about the kremlin's offer", "hamas-statement"],
    ["how did washington answer putin", "us-response"],
  ])("%s -> never another entry's answer (the gap %s when nothing else is near)", (q, id) => {
    const a = expectNotAnswered(q);
    if (a.reason === "not-in-article") expect(a.entry?.id).toBe(id);
  });
});

describe("Moscow speaks through its institutions; a speaker's view beats a gap that only quotes them nearby", () => {
  it.each([
    ["what does moscow say about coordinating the regional players", "foreign-ministry-position"],
    ["what does putin believe is behind the latest surge", "us-policy-failure"],
  ])("%s -> %s", (q, id) => {
    expect(ask(q).entry?.id).toBe(id);
  });
});

describe("a detail about a name the article does not give", () => {
  it.each(["what is peskov's wife called", "what is erdogan's salary"])("%s -> not answered", (q) => {
    expectNotAnswered(q);
  });

  it("the name alone still answers: 'what is peskov's job'", () => {
    expect(ask("what is peskov's job").entry?.id).toBe("who-is-peskov");
  });
});
