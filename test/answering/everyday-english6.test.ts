// Kinds of misses of the fifth session's first blind wave, each with questions of our own (none a line of a question
// set): filler nouns ("the … stuff"), an answer's size asked beside its topic, other words for a surge and for what
// it shows, how Moscow wants to be seen, what someone wants to happen next.
import { describe, expect, it } from "vitest";
import { askEnglish as ask, expectAnswered, expectNotAnswered } from "../helpers/answering.js";

describe("'stuff' is filler, not a topic the article lacks", () => {
  it.each([
    ["what's putin's take on the ceasefire stuff", /ceasefire/],
    ["anything about the quartet stuff?", /quartet/],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("an unknown topic beside it is still refused", () => {
    expectNotAnswered("what about the ukraine stuff");
    expectNotAnswered("who did zelensky call about the grain stuff");
  });
});

describe("an answer's size asked beside a topic is glue", () => {
  it.each([
    ["in a word, is russia neutral?", /neutral|mediator/],
    ["explain the quartet in two sentences", /quartet/],
    ["why does putin blame washington? one sentence please", /blames-us|policy-failure|on-us/],
    ["give me putin's view of america in one line", /on-us|blames-us|policy-failure/],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("a size alone still asks for the story in brief", () => {
    expect(ask("sum it up in a sentence").kind).toBe("summary");
    expect(ask("whats the article about in one sentence").kind).toBe("summary");
  });

  it("a topic the article lacks is refused whatever size is asked", () => {
    expectNotAnswered("what did biden say in one sentence");
    expectNotAnswered("in one sentence, what is bitcoin");
  });
});

describe("a wave or spike of violence is the surge, and what it shows its indication", () => {
  it.each([
    "according to putin, what does the spike in fighting reveal",
    "what does putin think the latest wave proves",
    "the recent uptick in bloodshed is evidence of what, per putin?",
  ])("%s", (q) => {
    expectAnswered(q, "us-policy-failure");
  });

  it("a wave of something else is refused", () => {
    expectNotAnswered("what does the new wave of covid show");
  });
});

describe("how Moscow wants to be seen is its image as a mediator", () => {
  it.each([
    "how does russia want the world to see it",
    "how does the kremlin want to be viewed",
    "how is russia trying to project itself here",
  ])("%s", (q) => {
    expectAnswered(q, "russia-impartial-mediator");
  });

  it("another country's image is refused", () => {
    expectNotAnswered("how does china want everyone to see it");
  });
});

describe("what someone wants to happen next is what they want, not the fears of what comes next", () => {
  it.each([
    ["what does the kremlin hope will happen next", /kremlin-settlement-role|russia-position/],
    ["what would russia like to see happen now", /russia-position|kremlin-settlement-role|what-putin-wants/],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("what could happen next is still the fear of a wider war", () => {
    expect(ask("what could happen next").entry?.id).toBe("crisis-spread-fears");
  });
});

describe("'the last …' is the previous one, not the article's lasting resolution", () => {
  it("a past event the article lacks is refused", () => {
    expectNotAnswered("did putin win his last election");
  });

  it("a lasting peace and the last paragraph keep their meaning", () => {
    expect(ask("what would bring a lasting peace").entry?.id).toBe("how-to-resolve");
    expect(ask("what does the last paragraph conclude").entry?.id).toBe("article-conclusion");
  });
});

// The second wave's kinds (lead, after its one run), in our own words: "short version"/"one word" beside a topic, a
// phone spelled as in other languages or run together.
describe("'short version' and 'one word' beside a topic, 'telefon' and 'phonecall'", () => {
  it.each([
    ["short version: why is putin angry with washington?", /blames-us|policy-failure|on-us/],
    ["what does the kremlin want, the short version", /peskov|kremlin|constructive/],
    ["is russia impartial? one word", /neutral|mediator/],
    ["who was putin on the telefon with", /erdogan|call/],
    ["what was the putin erdogan phonecall about", /erdogan|call|ceasefire/],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("an unknown topic beside them is still refused", () => {
    expectNotAnswered("bitcoin price, short version");
    expectNotAnswered("who was zelensky on the telefon with");
  });
});

describe("'then', 'anyway' closing a request for the story", () => {
  it.each([
    "alright, what is the story about anyway",
    "what's the piece about then",
    "fine, give me the gist then",
  ])("%s is a summary request", (q) => expect(ask(q).kind).toBe("summary"));

  it("an unknown topic with 'then' is still refused", () => {
    expectNotAnswered("what about the ukraine talks then");
  });
});
