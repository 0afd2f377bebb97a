import { describe, expect, it } from "vitest";
import { asEverydayParaphrase } from "../../src/answering/everyday-paraphrase.js";
import { asksOwnAdvice } from "../../src/answering/own-advice.js";
import { answerChecks } from "../helpers/answering.js";

const { expectAnswered, expectNotAnswered } = answerChecks("en");

describe("split idioms of compromise and involvement (everyday-paraphrase.ts)", () => {
  it("reads meeting someone halfway as a compromise and what they could live with as acceptable", () => {
    expect(asEverydayParaphrase("was washington ready to meet the palestinians halfway")).toBe(
      "was washington ready to compromise with the palestinians",
    );
    expect(asEverydayParaphrase("a deal everyone can live with")).toBe("a deal everyone would accept");
  });
  it("reads bringing someone in as involving them, and leaves other bringing as typed", () => {
    expect(asEverydayParaphrase("should moscow bring the neighbours in?")).toBe(
      "should moscow involving the neighbours?",
    );
    expect(asEverydayParaphrase("bringing in regional powers")).toBe("involving regional powers");
    expect(asEverydayParaphrase("will this bring peace in the region")).toBe(
      "will this bring peace in the region",
    );
    expect(asEverydayParaphrase("halfway through the article")).toBe("halfway through the article");
  });
  it("answers the compromise Putin says Washington skipped", () => {
    expectAnswered("did putin say the americans met anyone halfway", /us-monopolizing-peace|putin-on-us/);
    expectAnswered(
      "what does the foreign ministry think about bringing regional powers in",
      "foreign-ministry-position",
    );
  });
});

describe("everyday words for US policy, stances and typos", () => {
  it.each([
    ["how does putin rate washington's track record", /us-policy-failure|putin-on-us|putin-blames-us/],
    [
      "in putin's view has american diplomacy in the region failed",
      /us-policy-failure|putin-on-us|putin-blames-us/,
    ],
    ["what's the kremlin's attitude towards the belligerents", "kremlin-contact-both-sides"],
    ["what does putin make of the latest surge", /us-policy-failure|putin-blames-us/],
    ["wat did pesokv say abot the kremlins rol", /peskov-statement|kremlin-settlement-role/],
  ])("answers %s", (q, entry) => {
    expectAnswered(q, entry);
  });
});

describe("a sign asked of a thing the article never names (sign-subject.ts)", () => {
  it("refuses the stranger and keeps the article's own sign", () => {
    expectNotAnswered("is unemployment proof that washington failed");
    expectNotAnswered("are rising rents a symptom of us policy");
    expectAnswered("is the surge in violence a sign that us policy failed", "us-policy-failure");
  });
});

describe("the best way to do something in the asker's own life (own-advice.ts)", () => {
  it("is advice for the asker, not a question about the story", () => {
    expect(asksOwnAdvice("what is the best way to stay in touch with my sister", [])).toBe(true);
    expect(asksOwnAdvice("what is the best way to end the fighting", [])).toBe(false);
    expectNotAnswered("what is the right way to keep the channels open with my landlord");
  });
});
