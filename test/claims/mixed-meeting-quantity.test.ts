// claims38: two speakers' halves in one mouth (mixed-speakers.ts), a quantity word of the claim's own
// (added-quantifier.ts), a meeting for the article's call (met-for-call.ts), two parties talking together as the
// call (contact-words.ts), an agreement of two parties as news (agreement-news.ts), a refused talk with an absent
// party (contact-news.ts, absent-party.ts), a ranking of two things of one speaker (ranked-terms.ts), half and a
// half of a unit (added-frequency.ts). Claims written for this test (none from a set); every new pattern on long
// input.
import { describe, expect, it } from "vitest";
import { quantifierOfItsOwn } from "../../src/claims/added-quantifier.js";
import { agreesTogether } from "../../src/claims/agreement-news.js";
import { togetherAsCall } from "../../src/claims/contact-words.js";
import { meetingAsCall } from "../../src/claims/met-for-call.js";
import { speakerHalves } from "../../src/claims/mixed-speakers.js";
import { rankedTerms } from "../../src/claims/ranked-terms.js";
import { check, expectVerdicts } from "../helpers/claims.js";

describe("two speakers' halves in one mouth", () => {
  it("splits two statements of the subject and one verb's two objects", () => {
    expect(speakerHalves("Peskov blamed Washington and said the Kremlin wants to help")).toEqual([
      ["Peskov blamed Washington", "Peskov said the Kremlin wants to help"],
    ]);
    expect(speakerHalves("МИД призвал к миру и к диалогу сторон")).toEqual([
      ["МИД призвал к миру", "МИД призвал к диалогу сторон"],
    ]);
    // A join inside the frame's clause of a claim confirmed whole is that clause's.
    expect(
      speakerHalves("Peskov reaffirms that the Kremlin aims to help and seeks a settlement", true),
    ).toEqual([]);
  });

  it("misattributes the claim when one half is another speaker's", () => {
    expectVerdicts([
      [
        "Peskov stressed the urgent need for an immediate ceasefire and reaffirmed that the Kremlin wants to help find a settlement",
        "misattributed",
      ],
      [
        "Песков призвал к немедленному прекращению огня и подтвердил, что Кремль стремится помочь в урегулировании",
        "misattributed",
      ],
      [
        "Russian spokesperson Dmitry Peskov reaffirms that the Kremlin aims to play a constructive role in resolving the conflict and seeks to assist in finding a settlement.",
        "verbatim",
      ],
    ]);
  });
});

describe("a quantity word of the claim's own", () => {
  it("names every / each / «каждый» the passage has no whole for", () => {
    expect(quantifierOfItsOwn("each Palestinian wants a state", "their aspiration for a state")).toBe("each");
    expect(quantifierOfItsOwn("каждый палестинец", "стремление палестинцев")).toBe("каждый");
    expect(quantifierOfItsOwn("with each warring side", "with both warring sides")).toBeNull();
    expect(quantifierOfItsOwn("talk to each other directly", "direct dialogue")).toBeNull();
  });

  it("alters a confirmed claim that adds one", () => {
    expectVerdicts([
      ["Putin says each Palestinian aspires to an independent state", "altered"],
      ["Каждый региональный игрок должен координировать свои действия, считает МИД", "altered"],
      ["The Kremlin keeps open communication with each warring side", "paraphrase"],
    ]);
  });
});

describe("a meeting for the article's call", () => {
  it("says a past meeting as the call, and leaves one to come", () => {
    expect(meetingAsCall("Putin travelled to Ankara to meet Erdogan")?.call).toBe(
      "Putin had a phone call with Erdogan",
    );
    expect(meetingAsCall("Путин и Эрдоган встретились лично")?.call).toBe(
      "Путин и Эрдоган поговорили по телефону",
    );
    expect(meetingAsCall("Putin will meet Erdogan in Ankara next week")).toBeNull();
  });

  it("alters the meeting with the call's party, not one with another or one agreed", () => {
    expectVerdicts([
      ["Putin travelled to Ankara to meet Erdogan", "altered"],
      ["Путин и Эрдоган встретились лично", "altered"],
      ["Putin will meet Erdogan in Ankara next week", "not-in-article"],
      ["Putin met with Netanyahu in Jerusalem", "not-in-article"],
    ]);
  });
});

describe("two parties talking together, agreeing, refusing", () => {
  it("reads two names talking as the first one's call with the second", () => {
    expect(togetherAsCall("Erdogan and Putin spoke by phone", false)).toBe("Erdogan called Putin");
    expect(togetherAsCall("Путин и Эрдоган созвонились", false)).toBe(
      "Путин поговорил по телефону с Эрдоганом",
    );
    expectVerdicts([
      ["Erdogan and Putin spoke by phone", "paraphrase"],
      ["Эрдоган и Путин поговорили по телефону", "paraphrase"],
    ]);
  });

  it("reads an agreement of the two and a refused talk with an absent party as news", () => {
    expectVerdicts([
      ["Erdogan and Putin agreed to resume the negotiation process", "not-in-article"],
      ["Путин и Эрдоган договорились о немедленном прекращении огня", "not-in-article"],
      ["Moscow refuses to speak with Macron", "not-in-article"],
      ["Кремль отказывается общаться с Макроном", "not-in-article"],
    ]);
  });
});

describe("a ranking of two things of one speaker; half a unit", () => {
  it("reads the two terms", () => {
    expect(rankedTerms("Putin worries more about the ceasefire than about the state")).toEqual([
      ["cease"],
      ["stat"],
    ]);
    expect(rankedTerms("Москву с Израилем объединяет больше, чем с ХАМАС")).toEqual([["израи"], ["хама"]]);
  });

  it("alters the ranking and the half hour", () => {
    expectVerdicts([
      ["Putin worries more about the ceasefire than about the Palestinian state", "altered"],
      ["Путин полчаса говорил с Эрдоганом по телефону", "altered"],
    ]);
    expect(check("Putin talked with Erdogan for half an hour").verdict).not.toBe("paraphrase");
  });
});

describe("long input", () => {
  it("reads every new pattern in linear time", () => {
    const start = performance.now();
    speakerHalves(`Peskov ${"and said and blamed ".repeat(10000)}x`);
    speakerHalves(`МИД ${"к миру и к ".repeat(10000)}x`);
    speakerHalves(`Песков ${"и заявил и ".repeat(10000)}x`);
    quantifierOfItsOwn(`${"every each каждый ".repeat(10000)}x`, "p");
    meetingAsCall(`Putin ${"flew to Ankara Istanbul met with in Moscow ".repeat(5000)}x`);
    meetingAsCall(`Путин ${"прилетел в Анкару встретился лично в анкаре ".repeat(5000)}x`);
    togetherAsCall(`${"Putin and Erdogan and ".repeat(10000)}talked`, false);
    togetherAsCall(`${"Путин и Эрдоган и ".repeat(10000)}поговорили`, true);
    rankedTerms(`Putin ${"more about the ceasefire ".repeat(10000)}than about x`);
    rankedTerms(`Россию ${"с палестинцами больше, ".repeat(10000)}чем с Израилем`);
    agreesTogether(`Putin ${"and Erdogan Putin jointly ".repeat(10000)}x`);
    agreesTogether(`Путин ${"и Эрдоган договорились с ".repeat(10000)}x`);
    expect(performance.now() - start).toBeLessThan(4000);
  });
});
