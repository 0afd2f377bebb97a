import { describe, expect, it } from "vitest";
import { withGlueSlipsFixed } from "../../src/answering/glue-slips.js";
import { pointsBack } from "../../src/answering/pointed-topic.js";
import { frameVowelSlip } from "../../src/answering/russian/frame-slips.js";
import { withoutSummaryStyle } from "../../src/answering/summary-style.js";
import { answerChecks } from "../helpers/answering.js";

const en = answerChecks("en");
const ru = answerChecks("ru");

describe("the style a summary is asked in (summary-style.ts)", () => {
  it("drops the form and the reader, keeps the rest", () => {
    expect(withoutSummaryStyle("recap it as a text message").trim()).toBe("recap it");
    expect(withoutSummaryStyle("the gist in tweet format for lazy readers").replace(/\s+/g, " ").trim()).toBe(
      "the gist",
    );
    expect(withoutSummaryStyle("what does the telegram channel say")).toBe(
      "what does the telegram channel say",
    );
  });
  it("answers a summary asked in a style, refuses one of an unknown topic", () => {
    expect(en.ask("boil it down like a news flash please").kind).toBe("summary");
    expect(en.ask("tldr in haiku form").kind).toBe("summary");
    en.expectNotAnswered("recap the jordan election like a headline");
  });
});

describe("chat slips in everyday words before the rewrites (glue-slips.ts)", () => {
  it("writes swapped and vowel-less everyday words right, leaves names and real words", () => {
    expect(withGlueSlipsFixed("why wolud russia cera abuot hamas")).toBe("why would russia cera about hamas");
    expect(withGlueSlipsFixed("wht dos he wnt")).toBe("what does he want");
    expect(withGlueSlipsFixed("hamas gaza peskov erdogan")).toBe("hamas gaza peskov erdogan");
  });
  it("reads caring about a side with slips as Russia's ties to it", () => {
    en.expectAnswered("why wolud the russians care abuot israel", "russia-israel-ties");
    en.expectAnswered("why does moscow bother with the israelis", "russia-israel-ties");
  });
});

describe("a topic set out first and asked about by a pronoun (pointed-topic.ts)", () => {
  it("finds the pronoun that points back", () => {
    expect(pointsBack("is it over?")).toBe(true);
    expect(pointsBack("что с ними?")).toBe(true);
    expect(pointsBack("what did putin say?")).toBe(false);
  });
  it("refuses a country the article never names beside Israel or Gaza", () => {
    en.expectNotAnswered("Qatar's talks with Israel - are they over?");
    en.expectNotAnswered("Jordan and the Gaza refugees: what happens to them now?");
    en.expectAnswered("the ceasefire - does putin want it?", /ceasefire/);
  });
});

describe("Russian summary imperatives and frame-verb slips", () => {
  it("corrects one vowel in a frame verb to frame words of one class only", () => {
    expect(frameVowelSlip("хочит")).toBe("хочет");
    expect(frameVowelSlip("считаит")).toBe("считает");
    expect(frameVowelSlip("хочет")).toBeNull();
  });
  it("answers a slipped want and a summary imperative beside a topic", () => {
    ru.expectAnswered("а чего хочит кремль", /russia-position|kremlin|what-putin-wants/);
    ru.expectAnswered("подытожь позицию москвы", "russia-position");
    ru.expectAnswered("как отреагировал кремль", "russia-position");
    expect(ru.ask("обобщи").kind).toBe("summary");
  });
});
