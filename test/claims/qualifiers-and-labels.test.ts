// claims22's kinds (and a condition the passage does not set: condition.ts): a qualifier the passage does not give added to words that line up (a medium, a rank or role,
// a time, a share: qualifier.ts), a Russian subject moved from the passage's object (subject-moved.ts), a chat
// label before a quotation taken off (quote-lead-in.ts) and the typo corrector skipped for a claim of familiar
// words (chat-typos.ts). Claims written for this test from the article.
import { describe, expect, it } from "vitest";
import { readThroughTypos } from "../../src/claims/chat-typos.js";
import { addedCondition } from "../../src/claims/condition.js";
import { withoutQuoteLeadIn } from "../../src/claims/quote-lead-in.js";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("an added qualifier", () => {
  it.each([
    [
      "Putin held a video call with Erdogan and emphasized the urgent need for an immediate ceasefire.",
      "video",
    ],
    [
      "Russia has been the leading member of the Quartet formed to facilitate Israeli-Palestinian negotiations.",
      "leading",
    ],
    ["The Kremlin repeatedly expresses its readiness to contribute to reaching a settlement.", "repeatedly"],
    [
      "Putin acknowledges the need for a Palestinian state, he highlights the US government's failure to address the main interests of Palestinians.",
      "main",
    ],
    [
      "Песков лично подтвердил, что Кремль стремится играть конструктивную роль в урегулировании конфликта.",
      "лично",
    ],
  ])("is altered, naming the word: %s", (claim, word) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.map((c) => c.claimed.toLowerCase()).join(" ")).toContain(word);
  });

  it.each([
    "The Russian leader believes the latest surge in violence clearly shows US policy in the region has failed.",
    "In a phone call with Erdogan, Putin stressed the urgent need for an immediate ceasefire.",
    "Russia was part of the Quartet alongside the US, the UN and the EU.",
    "Российский лидер считает, что всплеск насилия говорит о провале американской политики в регионе.",
  ])("the passage's own words, or none added, stay confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });
});

describe("a share put for the passage's whole", () => {
  it.each([
    [
      "It underscores the urgency for comprehensive and inclusive approaches that prioritize the interests and aspirations of both parties involved, in order to achieve a lasting and just resolution.",
      "both",
    ],
    [
      "Putin criticizes Washington for monopolizing peace efforts without considering compromises acceptable to most sides.",
      "most",
    ],
    ["Russia has been the founding member of the Quartet.", "founding"],
  ])("is altered, naming the word: %s", (claim, word) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.map((c) => c.claimed.toLowerCase())).toContain(word);
  });

  it.each([
    "The Kremlin maintains open communication with the two warring sides.",
    "Putin emphasized the urgent need for a quick ceasefire and the resumption of the negotiation process.",
    "В телефонном разговоре с Эрдоганом Путин настаивал на скорейшем прекращении огня.",
  ])("the same whole, or a word the passage lines up, stays confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });
});

describe("a Russian subject moved from the passage's object", () => {
  it.each([
    "Израиль имеет давние связи с палестинцами, включая ХАМАС.",
    "ХАМАС имеет давние связи с Россией.",
  ])("is altered, an actor change: %s", (claim) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.map((c) => c.kind)).toContain("actor");
  });

  it("the passage's own doer stays confirmed", () => {
    expectConfirmed("Российское правительство имеет давние связи с палестинцами, включая ХАМАС.");
  });
});

describe("a quotation label", () => {
  it.each([
    ["tl;dr quote: X", "X"],
    ["verbatim: X", "X"],
    ["direct quote - X", "X"],
    ["article, word for word: X", "X"],
    ["quote from the piece: X", "X"],
    ["FM quote: X", "The Russian Foreign Ministry: X"],
    ["Peskov's exact words: X", "Peskov: X"],
    ["цитата МИД: X", "МИД: X"],
    ["дословно: X", "X"],
    ["Putin said: X", "Putin said: X"],
    ["Israeli-Palestinian dialogue: X", "Israeli-Palestinian dialogue: X"],
  ])("%s -> %s", (typed, read) => {
    expect(withoutQuoteLeadIn(typed)).toBe(read);
  });

  it.each([
    "verbatim: The Kremlin, meanwhile, maintains open communication with both warring sides",
    "quote, word for word - Russia's involvement in the Middle East peace process is not without controversy.",
  ])("is taken off a verbatim span: %s", (claim) => {
    expectVerdict(claim, "verbatim");
  });

  it("a name in it stays the attribution", () => {
    expectVerdict("FM quote: Putin criticizes Washington for monopolizing peace efforts.", "misattributed");
    expectVerdict(
      "Peskov quote: the Kremlin aims to play a constructive role in resolving the conflict",
      "verbatim",
    );
  });
});

describe("the typo corrector", () => {
  it("is not called for a claim of familiar words, and is for a word it may fix", () => {
    let calls = 0;
    const fixes = (text: string) => {
      calls++;
      return text.includes("violance") ? [{ word: "violence", from: "violance" }] : [];
    };
    const familiar = (w: string) => w !== "violance";
    expect(readThroughTypos("Putin's words on the violence", fixes, familiar)).toBe(
      "Putin's words on the violence",
    );
    expect(calls).toBe(0);
    expect(readThroughTypos("the violance escalates", fixes, familiar)).toBe("the violence escalates");
    expect(calls).toBe(1);
  });
});

describe("a condition the passage does not set (condition.ts)", () => {
  it.each([
    ["the Kremlin helps, but only if Washington agrees", "but only if"],
    ["Putin wants a ceasefire provided that Hamas disarms", "provided that"],
    ["Кремль поможет, но только если США отойдут в сторону", "но только если"],
    ["МИД за диалог при условии, что Иран останется в стороне", "при условии"],
  ])("%j: the condition is added", (claim, words) => {
    expect(addedCondition(claim, "The Kremlin aims to play a constructive role.")).toEqual({
      kind: "added",
      claimed: words,
      article: "",
    });
  });

  it("is nothing when the claim sets no condition or the paragraph sets one too", () => {
    expect(addedCondition("the Kremlin helps if asked", "The Kremlin helps.")).toBeNull();
    expect(addedCondition("it helps only if asked", "It helps only if asked.")).toBeNull();
  });

  it("makes a claim that otherwise lines up altered, and the same claim without it stays confirmed", () => {
    const v = expectVerdict(
      "Peskov said the Kremlin aims to play a constructive role, but only as long as Washington agrees.",
      "altered",
    );
    expect(v.changes.map((c) => c.kind)).toContain("added");
    expectConfirmed("Peskov said the Kremlin aims to play a constructive role.");
  });
});
