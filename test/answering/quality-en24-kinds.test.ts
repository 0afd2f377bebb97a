// quality-en24: a what-question answered by a yes/no card (why-reason.ts asksOpenly), the article's own urgent
// approaches (the conclusion's keywords, a "need" group), a speaker's reading of an event asked with an everyday
// verb (reading-verb.ts, speaker-stance.ts), "recent" before an event, the Foreign Ministry's abbreviations, a
// person's country asked as "president of where", a yes/no question pinned to a day (date-pinned.ts), and a
// claim about a speaker falling on a curated gap (dialogue/said-claim.ts). Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { asDateAsked } from "../../src/answering/date-pinned.js";
import { asReadingAsked, withRecentAsLatest } from "../../src/answering/reading-verb.js";
import { answerChecks } from "../helpers/answering.js";
import { lastAnswer } from "../helpers/dialogue.js";

const en = answerChecks("en");

describe("a what-question answered by a yes/no card (why-reason.ts)", () => {
  it("gets the card without its Yes or No", () => {
    const urgent = en.expectAnswered(
      "what did the russian leader insist was needed at once",
      "ceasefire-call",
    );
    expect(urgent.answer).not.toMatch(/^Yes\b/);
    const left = en.expectAnswered("what did putin omit from his remarks?", "putin-silent-on-russia-role");
    expect(left.answer).not.toMatch(/^No\b/);
  });
  it("keeps the verdict for a yes/no question", () => {
    expect(en.expectAnswered("does putin want a truce?", "ceasefire-call").answer).toMatch(/^Yes\./);
  });
});

describe("the approaches the article itself calls urgent (the conclusion)", () => {
  it("is the article's conclusion, not Putin's ceasefire", () => {
    en.expectAnswered("which approaches does the writer say are needed so urgently?", "article-conclusion");
    en.expectAnswered("what did putin say was urgently needed?", "ceasefire-call");
  });
});

describe("a speaker's reading of an event, asked with an everyday verb (reading-verb.ts)", () => {
  it("reads interpret / read / see / explain as view", () => {
    expect(asReadingAsked("how does putin interpret the surge")).toBe("how does putin view the surge");
    expect(asReadingAsked("How does the Russian president read the escalation?")).toBe(
      "How does the Russian president view the escalation?",
    );
    expect(asReadingAsked("how does the article explain the quartet")).toBe(
      "how does the article explain the quartet",
    );
    expect(asReadingAsked("what does putin see as the cause")).toBe("what does putin see as the cause");
  });
  it("reads 'recent' before an event as 'latest'", () => {
    expect(withRecentAsLatest("what about the recent bloodshed")).toBe("what about the latest bloodshed");
    expect(withRecentAsLatest("how recent is this")).toBe("how recent is this");
  });
  it("answers with Putin's reading: the failure of US policy", () => {
    en.expectAnswered("how does putin interpret the new flare-up?", /us-policy-failure|putin-blames-us/);
    en.expectAnswered("how does putin read the recent bloodshed", /us-policy-failure|putin-blames-us/);
    en.expectAnswered("how does the kremlin's boss explain the surge?", /us-policy-failure|putin-blames-us/);
  });
  it("still refuses a voice the article never quotes", () => {
    en.expectNotAnswered("how does netanyahu read the escalation?");
  });
});

describe("the Foreign Ministry's abbreviations (speakers.json, synonyms.json)", () => {
  it("reads RFM and MoFA as the Russian Foreign Ministry", () => {
    en.expectAnswered("what does the RFM call for?", /foreign-ministry-position|quotes/);
    en.expectAnswered("what is the MoFA's line on regional players", "foreign-ministry-position");
  });
});

describe("a person's country asked as 'president of where'", () => {
  it("is that person's card", () => {
    en.expectAnswered("erdogan is president of where exactly", "who-is-erdogan");
  });
});

describe("a yes/no question pinned to a day (date-pinned.ts)", () => {
  it("is read as the when-question it asks", () => {
    expect(asDateAsked("did putin phone erdogan on a wednesday?")).toBe("when did putin phone erdogan?");
    expect(asDateAsked("was the call in march")).toBe("when was the call?");
    expect(asDateAsked("my aunt told me on sunday that putin blames the us")).toBe(
      "my aunt told me on sunday that putin blames the us",
    );
  });
  it("says the article gives no date, with what it does say", () => {
    const a = en.expectNotAnswered("did putin ring erdogan on thursday?");
    expect(a.answer).toMatch(/date|dates/);
    expect(en.expectNotAnswered("did peskov comment last week?").answer).toMatch(/date|dates/);
  });
});

describe("a claim about a speaker that falls on a curated gap (dialogue/said-claim.ts)", () => {
  it("says the article doesn't say, then what that speaker did say", () => {
    const reply = lastAnswer(["did peskov say moscow would send soldiers?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.answered).toBe(true);
    expect(reply.answer.answer).toMatch(/military/);
    expect(reply.answer.quotes.map((q) => q.speaker).join(" ")).toMatch(/Peskov/);
  });
});
