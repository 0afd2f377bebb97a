// claims25's kinds: a clause added to a matching claim with ONE word of its own that the article has in no form
// (lone-added-word.ts, wired in near-alteration.ts), a report lead-in before a claim (report-lead-in.ts), and "bring
// up" read as "mention" (phrasal.ts). Claims written for this test, not taken from any set.
import { describe, expect, it } from "vitest";
import { foreignToArticle } from "../../src/claims/lone-added-word.js";
import { withoutReportLeadIn } from "../../src/claims/report-lead-in.js";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

const ARTICLE =
  "The Kremlin maintains open communication with both warring sides. Кремль поддерживает связь.";

describe("a clause with one word of its own", () => {
  it("reads a word as foreign only when no word of the article shares its stem or root", () => {
    expect(foreignToArticle("arms", ARTICLE)).toBe(true);
    expect(foreignToArticle("sides", ARTICLE)).toBe(false);
    expect(foreignToArticle("communicating", ARTICLE)).toBe(false);
    expect(foreignToArticle("вооружает", ARTICLE)).toBe(true);
    expect(foreignToArticle("связи", ARTICLE)).toBe(false);
  });

  it("alters a matching claim that adds a deed in one word, English and Russian", () => {
    expectNotConfirmed("The Kremlin keeps open communication with both warring sides and funds them.");
    expectNotConfirmed("Putin acknowledges the need for a Palestinian state that would be unarmed.");
    expectNotConfirmed("Путин признаёт необходимость палестинского государства, которое будет нейтральным.");
    expectNotConfirmed("Кремль поддерживает открытую связь с обеими воюющими сторонами и снабжает их.");
  });

  it("keeps a fair clause that lines up with names the passage gives", () => {
    expectConfirmed("Putin is deeply worried about the civilians killed and wounded in Israel and Gaza.");
  });
});

describe("a report lead-in", () => {
  it("takes off 'I read that', 'I heard', 'apparently', 'говорят, что' and a tag after it", () => {
    expect(withoutReportLeadIn("I read that the Kremlin seeks to assist in finding a settlement")).toBe(
      "the Kremlin seeks to assist in finding a settlement",
    );
    expect(withoutReportLeadIn("apparently, Moscow strives to look impartial, true?")).toBe(
      "Moscow strives to look impartial",
    );
    expect(withoutReportLeadIn("Говорят, что Кремль стремится помочь урегулированию")).toBe(
      "Кремль стремится помочь урегулированию",
    );
  });

  it("keeps a text without one, or too short after it", () => {
    const plain = "Peskov read that the Kremlin seeks a settlement";
    expect(withoutReportLeadIn(plain)).toBe(plain);
    expect(withoutReportLeadIn("I heard that, true?")).toBe("I heard that, true?");
  });

  it("a sentence of the article behind it is verbatim; a changed one is not confirmed", () => {
    expectVerdict(
      "I heard that the Kremlin maintains open communication with both warring sides.",
      "verbatim",
    );
    expectNotConfirmed("apparently Moscow strives to present itself as a loyal ally of Israel");
  });
});

describe("'bring up' as 'mention'", () => {
  it("a negated 'bring up' is the article's 'makes no mention'; an affirmed one is not confirmed", () => {
    expectConfirmed("putin didnt bring up russia's own role in the peace process");
    expectNotConfirmed("Putin brought up Russia's own role in the peace process at length.");
  });
});
