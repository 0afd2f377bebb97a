import { describe, expect, it } from "vitest";
import { readThroughTypos } from "../../src/claims/chat-typos.js";
import { correctedSpeaker } from "../../src/claims/correction.js";
import { createClaimChecker } from "../../src/claims/index.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);

describe("a privative word denying the passage's own (privative.ts)", () => {
  it.each([
    ["Участие России в мирном процессе на Ближнем Востоке бесспорно.", "бесспорно"],
    ["Кремль выражает неготовность содействовать урегулированию.", "неготовность"],
    ["Russia's involvement in the Middle East peace process is controversy-free.", "controversy"],
  ])("%s → altered", (claim, word) => {
    const v = check(claim);
    expect(v.verdict).toBe("altered");
    expect(v.changes.map((c) => c.claimed).join(" ")).toContain(word);
  });

  it.each([
    "Участие России в мирном процессе на Ближнем Востоке небесспорно.",
    "Участие России в мирном процессе на Ближнем Востоке вызывает споры.",
    "Путин подчеркнул необходимость немедленного прекращения огня.",
  ])("%s stays a paraphrase: two privatives, or no privative at all", (claim) => {
    expect(check(claim).verdict).toBe("paraphrase");
  });
});

describe("a correction frame naming who said it (correction.ts)", () => {
  it("reads the affirmed name's statement", () => {
    const read = (t: string) => correctedSpeaker(t)?.statement;
    expect(read("It was Peskov, not Putin, who criticized Washington.")).toBe(
      "Peskov criticized Washington.",
    );
    expect(read("Not Putin but the Kremlin said so.")).toBe("the Kremlin said so.");
    expect(read("Peskov, not Putin, said so.")).toBe("Peskov said so.");
    expect(read("Не Путин, а Песков сказал это.")).toBe("Песков сказал это.");
    expect(read("Это МИД, а не Путин, критикует Вашингтон.")).toBe("МИД критикует Вашингтон.");
    expect(correctedSpeaker("Peskov, not Putin, said so.")?.denied).toBe("Putin");
  });

  it("keeps a denial that names no one", () => {
    expect(correctedSpeaker("Not a ceasefire but talks are what Putin wants.")).toBeNull();
    expect(correctedSpeaker("Не прекращение огня, а переговоры нужны, считает Путин.")).toBeNull();
    expect(correctedSpeaker("Putin, not without reason, criticizes Washington.")).toBeNull();
    expect(correctedSpeaker("Not Peskov but someone else reaffirms it.")).toBeNull();
    expect(
      correctedSpeaker("Alongside the US, not the United Nations, and the EU, Russia is part of it."),
    ).toBeNull();
  });

  it.each([
    ["It was Peskov, not Putin, who criticized Washington for monopolizing peace efforts.", "misattributed"],
    ["Not Peskov but Putin criticized Washington for monopolizing peace efforts.", "paraphrase"],
    ["Не Путин, а Песков подчеркнул необходимость немедленного прекращения огня.", "misattributed"],
    ["Не Песков, а МИД России подчёркивает важность координации региональных игроков.", "paraphrase"],
    // The denied name shares the passage: the claim says it did not take part.
    ["Russia, not the United Nations, has been part of the Quartet.", "altered"],
    ["Russia, not Washington, has been part of the Quartet formed to facilitate negotiations.", "altered"],
    ["Not Russia but the US has been part of the Quartet.", "altered"],
    [
      "Россия, а не ООН, входит в квартет, созданный для содействия израильско-палестинским переговорам.",
      "altered",
    ],
    ["Не Россия, а США входят в квартет.", "altered"],
  ])("%s → %s", (claim, verdict) => {
    const v = check(claim);
    expect(v.verdict).toBe(verdict);
    expect(v.claim).toBe(claim);
  });
});

describe("a subject moved past an aside or a verb of the claim's own (subject-moved.ts)", () => {
  it.each([
    "Israel keeps long-standing ties with the Palestinians, including Hamas.",
    "Israel, meanwhile, has long-standing ties with the Palestinians.",
    "The EU, for its part, maintains open communication with both warring sides.",
  ])("%s → altered (actor)", (claim) => {
    const v = check(claim);
    expect(v.verdict).toBe("altered");
    expect(v.changes.map((c) => c.kind)).toContain("actor");
  });

  it.each([
    "Moscow keeps long-standing ties with the Palestinians, including Hamas.",
    "The Kremlin, for its part, maintains open communication with both warring sides.",
  ])("%s stays a paraphrase", (claim) => {
    expect(check(claim).verdict).toBe("paraphrase");
  });
});

describe("a claim in chat spelling read through the engine's typo correction (chat-typos.ts)", () => {
  const fixes = (text: string) => [{ word: text }];
  it("expands apostrophe and slash shorthand, keeps the text otherwise", () => {
    expect(readThroughTypos("the US gov't talks w/ both sides b/c", () => [])).toBe(
      "the US government talks with both sides because",
    );
    expect(readThroughTypos("Putin said so.", fixes)).toBe("Putin said so.");
  });

  it("never reads a fix that gives or takes a negation or a negating prefix", () => {
    const fake = (pairs: [string, string][]) => () => pairs.map(([from, word]) => ({ word, from }));
    expect(readThroughTypos("Putin nit agree", fake([["nit", "not"]]))).toBe("Putin nit agree");
    expect(readThroughTypos("an unaceptable deal", fake([["unaceptable", "acceptable"]]))).toBe(
      "an unaceptable deal",
    );
    expect(readThroughTypos("the violance", fake([["violance", "violence"]]))).toBe("the violence");
  });

  it.each([
    ["Putin says the US gov't failed to address the interests of Palestinians.", "paraphrase"],
    ["The Kremlin keeps open communication w/ both warring sides.", "paraphrase"],
    ["Putin critisizes Washington for monopolising peace efforts.", "paraphrase"],
    ["Putin praisd Washington for monopolizing peace efforts.", "altered"],
    ["Putin dosnt acknowledge the need for a Palestinian state.", "altered"],
  ])("%s → %s", (claim, verdict) => {
    expect(check(claim).verdict).toBe(verdict);
  });
});
