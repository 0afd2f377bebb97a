// Kinds of misses of the sixth session's second blind wave (blind13) and of our own probes (probes-en9), each with
// questions of our own (none a line of a question set): the role of a person or body in the article, school-report
// and essay lead-ins, summary requests with chatter, the other party of the call asked by its title, "why does the
// article say X", what should happen according to a voice, and "both or only one".
import { describe, expect, it } from "vitest";
import { askEnglish as ask, expectAnswered, expectNotAnswered } from "../helpers/answering.js";

describe("the role of X in the article is what the article says X does", () => {
  it.each([
    ["Please describe the role of Erdogan in this text.", "who-is-erdogan"],
    ["outline the part played by the kremlin in the story", /kremlin/],
    ["explain the significance of the russian foreign ministry in the article", "foreign-ministry-position"],
    ["what role does hamas play in the news piece", "hamas-in-article"],
    ["state the role of washington in this article", "putin-on-us"],
    ["identify the role of the united nations in the report", "quartet-members"],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("the role of someone the article never names is still refused", () => {
    expectNotAnswered("describe the role of angela merkel in the article");
    expectNotAnswered("what role did brazil play in the peace talks");
  });
});

describe("a school-report or essay lead-in says why one asks, not what", () => {
  it.each([
    ["so i'm doing a history project and i need to find out who putin blames", /putin-blames-us|putin-on-us/],
    ["hey, I'm preparing a presentation on russia and I want to know what the quartet is", /quartet/],
    ["for our class debate, we need to explain why moscow says it is neutral", /neutral|mediator/],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("a lead-in before an off-topic question is still refused", () => {
    expectNotAnswered("ok so I'm writing an essay and I need facts about the roman empire");
    expectNotAnswered("for my school report, I need to know the population of brazil");
  });
});

describe("a summary request with brevity chatter or the article named by its topic", () => {
  it.each([
    "quick rundown pls, no filler",
    "gist of the whole thing, keep it short",
    "tldr of the russia israel story",
    "can you summarise this putin hamas piece real quick",
  ])("%s", (q) => {
    expect(ask(q).kind).toBe("summary");
  });

  it("a summary of something the article never covers is not the story's summary", () => {
    expect(ask("tldr of the champions league final pls").kind).not.toBe("summary");
    expect(ask("quick recap of the oscars, no fluff").kind).not.toBe("summary");
  });
});

describe("the other party of the call, asked by its title, is Erdogan", () => {
  it.each([
    "Which country's leader got a phone call from Putin?",
    "what nation's president spoke to putin on the phone",
    "which foreign leader did the russian president phone",
    "whose head of state had a conversation with vladimir putin",
  ])("%s", (q) => {
    const a = expectAnswered(q, "putin-erdogan-call");
    expect(a.answer).toMatch(/Erdogan/);
  });

  it("a title beside Putin that asks nothing of a call is still who Putin is", () => {
    expectAnswered("which country's president is putin", "who-is-putin");
  });
});

describe("why the article says X is the article's account of X", () => {
  it("the article gives no reason for the controversy: said so, with what it does say, as an answer", () => {
    const a = expectAnswered(
      "How come the text calls Moscow's role in the peace process controversial?",
      "russia-role-controversy",
    );
    expect(a.answer).toMatch(/does not spell out why/);
  });

  it("where the article gives the reason, the account carries it", () => {
    const a = expectAnswered(
      "why does the article say russia has common ground with israel",
      "russia-israel-ties",
    );
    expect(a.answer).toMatch(/former Russian citizens/);
  });
});

describe("what should happen according to a voice is what that voice wants", () => {
  it.each([
    ["what must be done now according to the russian foreign ministry", "foreign-ministry-position"],
    ["what does putin believe should happen", /what-putin-wants|ceasefire/],
  ])("%s", (q, entry) => {
    expectAnswered(q, entry);
  });

  it("what happens next, asked of nobody, is still the fear of a wider crisis", () => {
    expectAnswered("what could happen next", "crisis-spread-fears");
  });
});

describe("'both or only one' asks the named side", () => {
  it.each([
    "is moscow in contact with one side or both",
    "does the kremlin keep channels open to both sides or just one",
  ])("%s", (q) => {
    expectAnswered(q, "kremlin-contact-both-sides");
  });
});
