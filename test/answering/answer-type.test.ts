import { describe, expect, it } from "vitest";
import { givesAnswerType, wantedAnswerType } from "../../src/answering/answer-type.js";

describe("wantedAnswerType", () => {
  it.each([
    ["how many civilians died", "number"],
    ["how old is erdogan", "number"],
    ["when did the call happen", "time"],
    ["what year was the quartet formed", "time"],
    ["who did putin call", null],
    ["what happens when the ceasefire holds", null],
    ["did the negotiations resume", "outcome"],
    ["has a ceasefire been agreed", "outcome"],
    ["is there a ceasefire now", "outcome"],
    ["is the war over", "outcome"],
    ["did putin call for a ceasefire", null],
    ["does putin want the negotiations to resume", null],
    ["is the violence escalating", null],
  ])("%j wants %s", (q, type) => expect(wantedAnswerType(q)).toBe(type));

  it("reads a Russian outcome verb after 'чтобы' as the wish, not an outcome (dialog20)", () => {
    expect(wantedAnswerType("бои прекратились", "ru")).toBe("outcome");
    expect(wantedAnswerType("путин требует чтобы бои прекратились сразу", "ru")).toBe(null);
    expect(wantedAnswerType("он хочет чтоб переговоры возобновились", "ru")).toBe(null);
  });
});

describe("givesAnswerType", () => {
  it("sees figures and dates", () => {
    expect(givesAnswerType("More than 1,400 people", "number")).toBe(true);
    expect(givesAnswerType("three leaders met", "number")).toBe(true);
    // "both Israel and Gaza" is not a figure: "both" does not count.
    expect(givesAnswerType("casualties in both Israel and the Gaza Strip", "number")).toBe(false);
    expect(givesAnswerType("on 7 October 2023", "time")).toBe(true);
    expect(givesAnswerType("Putin is concerned about civilian casualties.", "number")).toBe(false);
  });
});
