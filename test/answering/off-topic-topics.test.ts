// A question names its topic after "about"/"on": when the word that says what the topic is ("the US *election*",
// "Turkey's *economy*") is one the knowledge base never uses, the question is about something else, whatever
// on-topic names stand beside it. Our own questions, written from the article.
import { describe, it } from "vitest";
import { expectAnswered, expectNotAnswered } from "../helpers/answering.js";

describe("an unknown topic beside an on-topic name is refused", () => {
  it.each([
    "did putin say anything about the us election",
    "what did peskov say about us sanctions",
    "what did putin say about american movies",
    "did putin talk about turkey's economy with erdogan",
    "what does putin think about the american president's health",
    "what is the kremlin's position on israeli elections",
  ])("%s", (q) => {
    expectNotAnswered(q);
  });
});

describe("a known topic after 'about'/'on' is still answered", () => {
  it.each([
    ["what did putin say about the us", /putin-on-us|putin-blames-us|us-/],
    ["what did putin say about civilian casualties", /putin-civilian-casualties/],
    [
      "what is the kremlin's position on the conflict",
      /kremlin-settlement-role|russia-position|peskov-statement/,
    ],
    ["what did peskov say about the kremlin's role", /kremlin-settlement-role|peskov-statement/],
    ["what does the article say about the quartet", /quartet-/],
  ])("%s", (q, id) => {
    expectAnswered(q, id);
  });
});

describe("a person's private life is never answered with their entry", () => {
  it.each([
    "does erdogan speak russian",
    "is peskov married",
    "does putin have any kids",
    "what is putin's favourite food",
    "where did peskov study",
    "what religion is erdogan",
    "where was erdogan born",
    "how tall is putin",
  ])("%s", (q) => {
    expectNotAnswered(q);
  });

  it.each(["did putin talk about the children killed in gaza", "what did putin say about families in gaza"])(
    "children and families in the story are its civilians: %s",
    (q) => {
      expectAnswered(q, "putin-civilian-casualties");
    },
  );
});

describe("everyday words for the story's core ideas", () => {
  it.each([
    ["putin erdogan convo", "putin-erdogan-call"],
    ["could other countries get dragged into this", "crisis-spread-fears"],
    ["does moscow want negotiations to start up again", "negotiations"],
    ["is russia keen on getting negotiations going again", "negotiations"],
    ["kremlin view on settling the war", "kremlin-settlement-role"],
    ["does putin say the americans cut others out of peace efforts", "us-monopolizing-peace"],
    ["did putin stay quiet about russia's role", "putin-silent-on-russia-role"],
  ])("%s -> %s", (q, id) => {
    expectAnswered(q, id);
  });
});
