// claims-blind46's kind (quality30): an evaluative word that judges the passage's firm call its opposite — a
// ceasefire called "premature" or «преждевременным» where Putin stressed the urgent need for an immediate one —
// lined up word for word and «… назвал немедленное прекращение огня преждевременным» was confirmed. Claims written
// for this test from the article, both languages; the article's own urgency stays confirmed.
import { describe, expect, it } from "vitest";
import { hedged } from "../../src/claims/near-alteration.js";
import { expectConfirmed, expectNotConfirmed } from "../helpers/claims.js";

describe("an evaluative word reversing the passage's stance", () => {
  it.each([
    "In his call with Erdogan, Putin described an immediate ceasefire as premature.",
    "Putin told the Turkish leader that an immediate ceasefire was unnecessary.",
    "Putin told Erdogan that the resumption of the negotiation process is not urgent.",
    "Путин назвал Эрдогану немедленное прекращение огня излишним.",
    "В телефонном разговоре с Эрдоганом Путин назвал немедленное прекращение огня ненужным.",
    "Путин сказал Эрдогану, что возобновление переговорного процесса не срочно.",
  ])("%s → never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    "In a phone call with Erdogan, Putin stressed the urgent need for an immediate ceasefire.",
    "В телефонном разговоре с Эрдоганом Путин подчеркнул срочную необходимость немедленного прекращения огня.",
    // The ceasefire and its urgency in everyday words (synonyms.json: "the fighting must stop", "right now").
    "On the phone with Erdogan, Putin said the fighting must stop right now and negotiations should resume.",
  ])("%s → still confirmed (the urgency the article states)", (claim) => {
    expectConfirmed(claim);
  });

  it("names the reversing word and the firm word it turns round, and needs a firm passage", () => {
    const firm = "Putin emphasized the urgent need for an immediate ceasefire.";
    expect(hedged("putin called a ceasefire premature", firm, firm)).toMatchObject({
      claimed: "premature",
      article: "urgent",
    });
    const plain = "Russia has been part of the Quartet formed to facilitate negotiations.";
    expect(hedged("the quartet was unnecessary", plain, plain)).toBeNull();
  });
});
