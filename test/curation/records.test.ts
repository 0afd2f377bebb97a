import { describe, expect, it } from "vitest";
import {
  LOW_CONFIDENCE,
  parseQuestionRecord,
  parseVoteRecord,
  questionRecordOf,
  withoutPersonalDetails,
} from "../../src/curation/records.js";
import { realEngine } from "../helpers/engine.js";

const record = (q: string) =>
  questionRecordOf(q, realEngine.findAnswer(q), (x) => realEngine.explain(x), 1000);

describe("what is recorded of a question", () => {
  it("keeps only language, outcome and entry of an answered question: no text", () => {
    expect(record("who did putin call")).toEqual({
      t: 1000,
      lang: "en",
      outcome: "answered",
      entry: "putin-erdogan-call",
    });
  });

  it("keeps the text, reason, confidence and top candidates of a failed one", () => {
    const r = record("what did biden say about putin");
    expect(r).toMatchObject({
      outcome: "refused",
      entry: null,
      failed: { text: "what did biden say about putin", reason: "out-of-scope" },
    });
    expect(r?.failed?.candidates).toHaveLength(3);
    expect(r?.failed?.candidates[0]).toEqual({
      entry: "putin-silent-on-russia-role",
      score: expect.any(Number),
    });
    expect(record("moscow today")?.outcome).toBe("did-you-mean");
    expect(record("how many people died")).toMatchObject({
      outcome: "doesnt-say",
      failed: { reason: "not-in-article" },
    });
  });

  it(`counts an answer below ${LOW_CONFIDENCE} as failed, though it was given`, () => {
    expect(record("why does moscow host hamas")).toMatchObject({
      outcome: "answered",
      entry: "russia-palestinian-ties",
      failed: { reason: "low-confidence" },
    });
  });

  it("does not count an empty question", () => {
    expect(record("🙂?!")).toBeNull();
  });

  it("round-trips through a log line, and skips a line it cannot read", () => {
    const r = record("what did biden say about putin")!;
    expect(parseQuestionRecord(JSON.stringify(r))).toEqual(r);
    expect(parseQuestionRecord("{not json")).toBeNull();
    expect(parseQuestionRecord('{"t":1,"lang":"en","outcome":"maybe","entry":null}')).toBeNull();
    expect(
      parseQuestionRecord('{"t":1,"lang":"en","outcome":"refused","entry":null,"failed":{}}'),
    ).toBeNull();
    // Fields this version does not know are dropped, not kept.
    expect(parseQuestionRecord('{"t":1,"lang":"en","outcome":"answered","entry":"a","who":7}')).toEqual({
      t: 1,
      lang: "en",
      outcome: "answered",
      entry: "a",
    });
  });

  it("reads a vote line, and skips one whose counts are not -1, 0 or +1", () => {
    expect(parseVoteRecord('{"t":2,"entry":"a","up":1,"down":-1}')).toEqual({
      t: 2,
      entry: "a",
      up: 1,
      down: -1,
    });
    expect(parseVoteRecord('{"t":2,"entry":"a","up":2,"down":0}')).toBeNull();
    expect(parseVoteRecord('{"t":2,"up":1,"down":0}')).toBeNull();
  });
});

describe("a failed question's text", () => {
  it("loses e-mail addresses, links, usernames and phone numbers", () => {
    expect(
      withoutPersonalDetails(
        "I'm @ann_smith, mail ann.smith@example.com or call +7 (495) 123-45-67: see https://t.me/x?y — did putin call?",
      ),
    ).toBe("I'm <username>, mail <email> or call <number>: see <link> — did putin call?");
  });

  it("keeps years and short numbers, and is cut at 300 characters", () => {
    expect(withoutPersonalDetails("what happened in 2023, 7 October?")).toBe(
      "what happened in 2023, 7 October?",
    );
    expect(withoutPersonalDetails("a ".repeat(1000))).toHaveLength(300 - 1);
  });
});
