// verdict49 (session 44): the matter of the Kremlin's contact with one warring side ("… about a ceasefire", «… о
// перемирии»: contact-matter.ts), doesn't say; a Russian mention asked of the article owns its Да on the translation
// (mention-asked.ts). Rows are our own phrasings.
import { describe, it } from "vitest";
import { contactMatterAsked } from "../../src/dialogue/contact-matter.js";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");

describe("the matter of the Kremlin's contact with one side", () => {
  it("is read after the side, not when nothing follows it or the contact is turned", () => {
    expectRows(
      (q: string) => contactMatterAsked(q, "en"),
      [
        ["does the kremlin talk to hamas about a ceasefire?", true],
        ["is moscow in contact with israel over the settlement?", true],
        ["does the kremlin talk to hamas?", false],
        ["does the kremlin only talk to hamas about a ceasefire?", false],
      ],
    );
    expectRows(
      (q: string) => contactMatterAsked(q, "ru"),
      [
        ["кремль общается с хамасом о перемирии?", true],
        ["говорит ли россия с израилем по поводу урегулирования?", true],
        ["кремль общается с хамасом?", false],
      ],
    );
  });
  it("doesn't say, where the bare contact is Yes; the article mentions Russia's role", () => {
    expectRows(en, [
      ["does russia talk with hamas over the fighting?", "not-said"],
      ["does the kremlin talk to hamas?", "yes"],
    ]);
    expectRows(ru, [
      ["москва поддерживает связь с хамасом насчет прекращения огня?", "not-said"],
      ["кремль общается с хамасом?", "yes"],
      ["говорится ли в статье о роли россии в мирном процессе?", "yes"],
    ]);
  }, 120_000);
});

describe("the probes of the kinds, as `npm run ask` replies (first run on base 5329c575: en97 50% (3/6), ru98 83.3% (5/6); after 83.3% / 100%)", () => {
  itHoldsAskFloors([
    ["probes-en97.jsonl", 0.83],
    ["probes-ru98.jsonl", 1],
  ]);
});
