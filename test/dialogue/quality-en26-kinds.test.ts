// quality-en26: an off-topic yes/no about one of the story's people refused as the engine refuses it
// (off-topic-yes-no.ts), a party the article never names asked whether it agrees (third-party-agreement.ts),
// a wh-question offering two options (offer-answer.ts, offered-options.ts), a part of the article named by its
// topic (answering/part-about.ts) and Putin's blame asked between two wrong options (answering/blame-options.ts).
// Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { asBlameOptions } from "../../src/answering/blame-options.js";
import { asPartAbout } from "../../src/answering/part-about.js";
import { offeredAnswerOf } from "../../src/dialogue/offered-answer.js";
import { offersOptions } from "../../src/dialogue/offered-options.js";
import { answerChecks } from "../helpers/answering.js";
import { askOnce, lastAnswer } from "../helpers/dialogue.js";

const en = answerChecks("en");

describe("an off-topic yes/no about one of the story's people", () => {
  it("is refused, not a doesn't-say card with the person's entry", () => {
    for (const q of ["is peskov bald?", "is erdogan taller than putin?", "is putin divorced?"]) {
      const reply = askOnce(q);
      expect(reply.answer.answered, q).toBe(false);
      expect(reply.answer.entry, q).toBeNull();
    }
  });
  it("keeps the yes/no path where a word of the story stands beside the unknown one", () => {
    expect(askOnce("did peskov echo that criticism?").answer.answered).toBe(true);
    expect(askOnce("did putin ever praise the us?").answer.answered).toBe(true);
  });
  it("keeps the last answer's evidence for a follow-up", () => {
    const reply = lastAnswer(["what does putin say about washington?", "so he admired them?"]);
    expect(reply.answer.answered).toBe(true);
  });
});

describe("whether a party the article never names agrees", () => {
  it("is refused in English and Russian", () => {
    expect(askOnce("did president macron endorse israel?").answer.answered).toBe(false);
    expect(lastAnswer(["макрон поддержал израиль?"], "ru").answer.answered).toBe(false);
  });
  it("stays doesn't say for a party the article names but never quotes", () => {
    const reply = askOnce("did the european union welcome the call for a ceasefire?");
    expect(reply.answer.answered).toBe(true);
    expect(reply.verdict).toBe("not-said");
  });
});

describe("a wh-question offering two options", () => {
  it("is no single offered answer", () => {
    expect(offeredAnswerOf("who is he blaming then, hamas or the israelis?")).toBeNull();
    expect(offeredAnswerOf("who did putin call, erdogan?")).toBe("did putin call erdogan?");
    expect(offersOptions("so whom does putin fault, hamas or israel")).toBe(true);
    expect(offersOptions("was the call with erdogan or biden")).toBe(false);
  });
  it("answers the question asked where both options are wrong", () => {
    expect(askOnce("who is putin faulting, the israelis or hamas?").answer.entry?.id).toMatch(
      /putin-(blames-us|on-us)/,
    );
    expect(askOnce("whom did putin phone, erdogan or netanyahu?").answer.entry?.id).toBe(
      "putin-erdogan-call",
    );
  });
});

describe("a part of the article named by its topic (part-about.ts)", () => {
  it("is read as the topic", () => {
    expect(asPartAbout("sum up the section on the kremlin")).toBe("sum up about the kremlin");
    expect(asPartAbout("the last bit about the conflict")).toBe("the last bit about the conflict");
    en.expectAnswered("recap that passage about the quartet please", /quartet/);
    en.expectAnswered("summarise the section covering the ceasefire call", /call|ceasefire/);
  });
});

describe("Putin's blame asked between two wrong options (blame-options.ts)", () => {
  it("is whom he blames", () => {
    expect(asBlameOptions("is putin blaming iran or hezbollah")).toBe("who does putin blame?");
    expect(asBlameOptions("does putin blame the us or hamas")).toBe("does putin blame the us or hamas");
    expect(asBlameOptions("why does putin blame israel or hamas")).toBe(
      "why does putin blame israel or hamas",
    );
    en.expectAnswered("does putin hold erdogan or the israelis responsible?", /putin-(blames-us|on-us)/);
  });
});
