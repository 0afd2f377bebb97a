// quality-en41's kinds of miss, through the engine (our own wording, not taken from a set): a summary asked in
// unusual words and at a stated size, a request for the speaker's own words beside a stance question, what a
// voice other than Putin asks for, and keyword queries "<voice> on <topic>" kept on the Q&A path.
import { describe, expect, it } from "vitest";
import { withoutQuoteRequest } from "../../src/answering/quote-request.js";
import { summarySizeAsked } from "../../src/answering/summary-size.js";
import { looksLikeClaim } from "../../src/routing/index.js";
import { answerChecks } from "../helpers/answering.js";
import { realKb } from "../helpers/engine.js";

const en = answerChecks("en");

describe("the size a summary request states (summary-size.ts)", () => {
  it("reads one line, a capped two, a few sentences, bullets and full detail", () => {
    expect(summarySizeAsked("the story in a single sentence")?.size).toBe("line");
    expect(summarySizeAsked("give me the gist, 2 lines tops")?.size).toBe("line");
    expect(summarySizeAsked("recap in three sentences")?.size).toBe("short");
    expect(summarySizeAsked("the main points as bullets please")?.size).toBe("bullets");
    expect(summarySizeAsked("walk me through it in full detail")?.size).toBe("full");
    expect(summarySizeAsked("who did putin call")).toBeNull();
  });
  it("answers the summary in that size, and the short one when none is stated", () => {
    for (const q of ["give me the short of it in 2 lines tops", "what's this text about, one line max"]) {
      const a = en.ask(q);
      expect(a.kind, q).toBe("summary");
      expect(a.summarySize, q).toBe("line");
      expect(a.answer, q).toBe(realKb.summaries.oneLine);
    }
    const bullets = en.ask("sum up the article as bullet points");
    expect(bullets.summarySize).toBe("bullets");
    expect(bullets.answer.split("\n")).toHaveLength(realKb.summaries.bullets.length);
    const plain = en.ask("tldr plz");
    expect(plain.kind).toBe("summary");
    expect(plain.summarySize).toBeUndefined();
  });
  it("keeps a size beside a real question for that question, not the summary", () => {
    const a = en.ask("who did putin phone, one line please");
    expect(a.kind).toBe("entry");
    expect(a.answer).toMatch(/Erdogan/);
  });
});

describe("a summary asked in unusual words (intents.ts, summary-style.ts, summary-idioms.ts)", () => {
  it("reads a reader to write simply for, 'come down to', 'net net' and a point word beside 'in a nutshell'", () => {
    for (const q of [
      "break it down so my granny would understand",
      "explain the article for a ten year old",
      "what does the whole story boil down to",
      "net net, what's the piece saying",
      "the upshot of this story in a nutshell pls",
    ])
      expect(en.ask(q).kind, q).toBe("summary");
  });
  it("leaves an off-story summary request refused", () => {
    en.expectNotAnswered("tl;dr of the world cup draw");
    en.expectNotAnswered("the gist of the new tax law in one line");
  });
});

describe("a request for the speaker's own words beside a stance question (quote-request.ts)", () => {
  it("takes off 'quote him', 'give me the quote', 'with his own words' only where a question is left", () => {
    expect(withoutQuoteRequest("how does putin see the americans? quote him")).toBe(
      "how does putin see the americans?",
    );
    expect(withoutQuoteRequest("putin's view on washington, give me the exact quote")).toBe(
      "putin's view on washington?",
    );
    expect(withoutQuoteRequest("quote him")).toBe("quote him");
    expect(withoutQuoteRequest("quote the sentence about former russian citizens")).toBe(
      "quote the sentence about former russian citizens",
    );
  });
  it("answers Putin on the US, not who Putin is", () => {
    for (const q of [
      "putin's stance toward the us, quote him",
      "what does putin think of america? with his own words",
    ])
      expect(en.ask(q).entry?.id, q).toBe("putin-on-us");
  });
});

describe("what a voice other than Putin asks for (speaker-stance.ts)", () => {
  it("answers the Foreign Ministry's own statement, not Putin's wishes", () => {
    for (const q of ["what is the foreign ministry pushing for", "the russian mfa - what is it calling for?"])
      expect(en.ask(q).entry?.id, q).toBe("foreign-ministry-position");
  });
  it("leaves Putin's own wishes and Russia's (the article's sentences about Moscow) as they were", () => {
    expect(en.ask("what is putin asking for").entry?.id).toBe("what-putin-wants");
    expect(en.ask("what does russia want").entry?.id).not.toBe("russia-impartial-mediator");
  });
});

describe("questions the router sent to the claim checker (src/routing/)", () => {
  it.each([
    "kremlin remarks on the grain corridor talks",
    "peskov on sanctions against russian banks",
    "hmm, isnt erdogan the turkish leader",
    "r people afraid the war goes regional",
    "putin and erdogan on the phone - wat did they agree",
    "kindly outline what putin says of washington",
    "sup, gimme the gist of the putin piece",
    "Thanks, that clears it up.",
    "песков вообще упоминал хамас",
    "кремль и турция что общего",
  ])("answers %j as a question", (text) => expect(looksLikeClaim(text)).toBe(false));
  it.each([
    "Putin on the phone with Erdogan: stop the fighting and restart the talks.",
    "wait, did the article claim that the Foreign Ministry wants regional players coordinated",
    "Путин вообще не говорил о роли России",
    "у кремля вообще нет связей с хамасом",
  ])("still checks %j as a claim", (text) => expect(looksLikeClaim(text)).toBe(true));
});
