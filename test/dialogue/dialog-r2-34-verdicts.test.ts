// dialog-r2-34 (session 34, round 2): yes/no verdicts — a group's membership asked of a party named by reference
// ("is that country in the quartet too?" after Erdogan's country), read against the group's list, not the
// list's own curated Yes.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/types.js";
import { careVerdict } from "../../src/dialogue/care-asked.js";
import { listedPartyAsked } from "../../src/dialogue/elliptical.js";
import { membershipAsked } from "../../src/dialogue/referred-member.js";
import { lastVerdict } from "../helpers/dialogue.js";

describe("membership of a party named by reference", () => {
  it("is No for 'that country' after the call", () => {
    expect(
      lastVerdict([
        "who did putin get on the phone with",
        "what country does he run",
        "is that country in the quartet?",
      ]),
    ).toBe("no");
  });
  it("is No for 'his country' after Erdogan", () => {
    expect(lastVerdict(["tell me who erdogan is", "does his country belong to the quartet?"])).toBe("no");
  });
  it("is No for «эта страна» after the call", () => {
    expect(lastVerdict(["кому звонил путин", "эта страна входит в квартет?"], "ru")).toBe("no");
  });
  it("is Yes for a country the list names", () => {
    expect(lastVerdict(["who is putin", "is his country part of the quartet?"])).toBe("yes");
  });
  it("reads a named party with two words after it against the list", () => {
    expect(listedPartyAsked("and is turkey in it as well", "en")).toBe("turkey");
    expect(lastVerdict(["is the eu in the quartet?", "and is iran on it too?"])).toBe("no");
  });
  it("reads the shapes of the question", () => {
    expect(membershipAsked("does his country sit in the quartet?", "en")).toEqual({
      party: "his country",
      group: "quartet",
    });
    expect(membershipAsked("is that country in the quartet too?", "en")).toEqual({
      party: "that country",
      group: "quartet",
    });
    expect(membershipAsked("его страна состоит в квартете?", "ru")?.party).toBe("его страна");
  });
  it("stays linear on long input", () => {
    const start = performance.now();
    membershipAsked(`${"too ".repeat(20000)}x`, "en");
    membershipAsked(`does ${"his country ".repeat(20000)}`, "en");
    membershipAsked(`${"его страна ".repeat(20000)}состоит`, "ru");
    listedPartyAsked(`is turkey ${"in it ".repeat(20000)}`, "en");
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("care asked in everyday words on the voice's concern", () => {
  it("is Yes for care, the double negative included, and No for indifference", () => {
    expect(lastVerdict(["путину вообще не безразличны мирные жители?"], "ru")).toBe("yes");
    expect(lastVerdict(["путину жаль погибших в израиле?"], "ru")).toBe("yes");
    expect(lastVerdict(["путину плевать на мирных жителей?"], "ru")).toBe("no");
    expect(lastVerdict(["does putin feel sorry for the civilians?"])).toBe("yes");
  });
  it("is not read for a voice the concern is not given to", () => {
    expect(lastVerdict(["does erdogan care about the civilians?"])).not.toBe("yes");
  });
  it("stays linear on long input", () => {
    const answer = {
      answered: true,
      answer: "Putin expressed deep concern.",
      quotes: [],
    } as unknown as Answer;
    const start = performance.now();
    careVerdict(`${"не ".repeat(20000)}x`, answer, "ru", { namedIn: () => [] } as never);
    careVerdict(`${"care ".repeat(20000)}civilians`, answer, "en", { namedIn: () => [] } as never);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("the reported call asked with the caller in the genitive", () => {
  it("is No with another party, Yes with its own", () => {
    expect(lastVerdict(["звонок путина был с байденом?"], "ru")).toBe("no");
    expect(lastVerdict(["разговор путина был с эрдоганом?"], "ru")).toBe("yes");
  });
});

// The stop's fix (session 34): dialogues76 d76-17 — "did he say that to erdogan on the phone?" after Putin's words of
// another paragraph got the call's card with a Yes; the article never says he said them in the call.
describe("the caller's other words asked of the call", () => {
  it("is doesn't say after his view of the US", () => {
    expect(
      lastVerdict([
        "what does putin think of us policy in the middle east",
        "did he say that to erdogan on the phone?",
      ]),
    ).toBe("not-said");
    expect(
      lastVerdict(["what does putin think of us policy", "did he tell erdogan that during their call?"]),
    ).toBe("not-said");
  });
  it("stays Yes for the call's own words", () => {
    expect(lastVerdict(["who did putin call?", "did he say that to erdogan?"])).toBe("yes");
  });
});
