// verdict47 (session 43): four false verdicts found in round 2. Praise of the US asked of a voice that says nothing of
// the US ("did peskov praise the us?", «песков хвалил сша?» were a false No / Нет; silent-voice-praise.ts); the US's
// wish as Putin tells it ("does putin say the us wants a ceasefire?" was a false No; silent-party-wish.ts); the
// Kremlin's contact with one warring side asked as a truth ("is it true that the kremlin talks to hamas?" was a false
// No; contact-one-side.ts). Rows are our own phrasings.
import { describe, it } from "vitest";
import { asksContactWithOneSide } from "../../src/dialogue/contact-one-side.js";
import { reportedWishOfSilentParty } from "../../src/dialogue/silent-party-wish.js";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");

describe("a silent voice's praise of the US", () => {
  it("is doesn't say; Putin's own stays No", () => {
    expectRows(en, [
      ["did peskov speak highly of washington?", "not-said"],
      ["has the ministry applauded the americans?", "not-said"],
      ["did putin commend washington?", "no"],
    ]);
    expectRows(ru, [
      ["мид одобрил вашингтон?", "not-said"],
      ["песков положительно отзывался о сша?", "not-said"],
      ["похвалил ли путин америку?", "no"],
    ]);
  }, 120_000);
});

describe("the US's wish as a voice tells it", () => {
  it("is doesn't say", () => {
    expectRows(en, [
      ["does putin think america wants new negotiations?", "not-said"],
      ["did putin suggest the united states seeks a ceasefire?", "not-said"],
    ]);
    expectRows(
      (t: string) => reportedWishOfSilentParty(t, "en"),
      [
        ["does putin say the palestinians want a state?", false],
        ["does peskov say the kremlin wants to help?", false],
      ],
    );
  });
});

describe("the Kremlin's contact with one warring side", () => {
  it("is Yes; a side alone is not this kind", () => {
    expectRows(en, [
      ["is it true that russia keeps in touch with israel?", "yes"],
      ["is it correct that the kremlin speaks with hamas?", "yes"],
    ]);
    expectRows(asksContactWithOneSide, [
      ["is it true that the kremlin talks only to hamas?", false],
      ["is it true that the kremlin does not talk to israel?", false],
      ["is it true that the kremlin talks to hamas?", true],
    ]);
  });
});

describe("the probes of the kinds, as `npm run ask` replies (first run on base 033a4846: en93 25.0% (3/12), ru94 60.0% (6/10); after 100% / 90.0%)", () => {
  itHoldsAskFloors([
    ["probes-en93.jsonl", 1],
    ["probes-ru94.jsonl", 0.9],
  ]);
});
