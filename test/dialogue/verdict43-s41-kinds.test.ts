// verdict43 (session 41): wave BT's stand-alone yes/no lines. English words of the evidence's quotes inside a
// Russian yes/no («путин хочет immediate ceasefire?») are no words the article lacks; a matter the article never
// names, asked of the reported call ("did they discuss the grain corridor during the phone call?"), is refused as
// "The article does not mention …". Rows are our own phrasings; probes-en86 / probes-ru86 are pinned through the
// dialogue as `npm run ask` replies (test/helpers/ask-floors.ts).
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/types.js";
import { withoutEvidenceEnglish } from "../../src/dialogue/evidence-english-ru.js";
import { unmentionedCallMatterOf } from "../../src/dialogue/unmentioned-call-matter.js";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");

const CEASEFIRE_QUOTE = {
  answered: true,
  quotes: [
    {
      text: "In a phone call with Turkish leader Recep Tayyip Erdogan, Putin emphasized the urgent need for an immediate ceasefire and the resumption of the negotiation process.",
    },
  ],
} as unknown as Answer;

describe("English words of the evidence's quotes in a Russian yes/no", () => {
  it("are read out of the statement; words the quotes lack stay", () => {
    expectRows(
      (q) => withoutEvidenceEnglish(q, CEASEFIRE_QUOTE),
      [
        ["ceasefire путин требует немедленно?", "путин требует немедленно?"],
        ["путин хочет immediate ceasefire?", "путин хочет?"],
        ["путин выступает за ceasefire?", "путин выступает?"],
        ["путин требует ceasefire в syria?", "путин требует в syria?"],
        ["путин обвиняет hamas?", null],
        ["путин требует перемирия?", null],
        ["ceasefire?", null],
      ],
    );
  });
  it("no longer lets the checker's «не сказано» beat the card that answers", () => {
    expectRows(ru, [
      ["путин хочет immediate ceasefire?", "yes"],
      ["путин критикует washington?", "yes"],
      ["Путин требует ceasefire срочно?", "yes"],
      ["путин обвиняет hamas?", "not-said"],
    ]);
  }, 120_000);
});

describe("a matter the article never names, asked of the reported call", () => {
  it("is read with the call's words aside, and only when a word of it is nowhere in the article", () => {
    expectRows(
      (q) => unmentionedCallMatterOf(q, "en", realKb),
      [
        ["Did they talk about the grain corridor during the phone call?", "the grain corridor"],
        ["Did Putin and Erdogan discuss NATO expansion on the phone?", "NATO expansion"],
        ["did putin and erdogan discuss gas supplies with each other?", "gas supplies"],
        ["Did Putin and Erdogan discuss a ceasefire on that call?", null],
        ["did they discuss the negotiations?", null],
        ["was putin worried about grain?", null],
      ],
    );
    expect(unmentionedCallMatterOf("они обсуждали зерновую сделку?", "ru", realKb)).toBeNull();
  });
  it("keeps the call's own matter a Yes", () => {
    expectRows(en, [
      ["Did Putin and Erdogan discuss a ceasefire on that call?", "yes"],
      ["did they discuss the grain corridor during the phone call?", "not-said"],
    ]);
  });
});

describe("the probes of the kind, as `npm run ask` replies (first run on base 2d0b11dd through `npm run ask`: en86 83.3% (10/12), ru86 60.0% (6/10); after 83.3% / 80.0%)", () => {
  itHoldsAskFloors([
    ["probes-en86.jsonl", 0.83],
    ["probes-ru86.jsonl", 0.8],
  ]);
});
