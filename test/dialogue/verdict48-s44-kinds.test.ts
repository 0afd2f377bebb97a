// verdict48 (session 44): a negation inside a reported clause ("so he thinks they didn't …", «он считает, что они не
// …»: reported-clause.ts) read as it stands, then the «ли» particle's left boundary (loaded-negation.ts); the wish
// of another party as Putin tells it (silent-party-wish.ts); a Yes on the Kremlin's contact with one side shown on the
// contact card (contact-evidence.ts); a Russian charge asked verb first (charge-verb-first.ts); a learner's apology
// for their English (learner-preamble-en.ts). Rows are our own phrasings.
import { describe, expect, it } from "vitest";
import { chargeSubjectFirst } from "../../src/dialogue/charge-verb-first.js";
import { asksContactWithSide } from "../../src/dialogue/contact-evidence.js";
import { learnerPreambleEnOf } from "../../src/dialogue/learner-preamble-en.js";
import { loadedNegationOf } from "../../src/dialogue/loaded-negation.js";
import { negationInReportedClause } from "../../src/dialogue/reported-clause.js";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");

describe("a negation inside a reported clause", () => {
  it("is the party's claim, not the asker's denial; the asker's own view is not reported", () => {
    expectRows(negationInReportedClause, [
      ["so he thinks the americans didn't take their interests into account", true],
      ["does putin believe washington doesn't look for compromises", true],
      ["то есть он считает, что сша не учли интересы палестинцев", true],
      ["i think russia doesn't talk to israel", false],
      ["do you think russia isn't neutral", false],
      ["путин не считает, что сша правы", false],
    ]);
  });
  it("reads Yes where the party holds it; «ли» inside a word no longer hides a loaded negation", () => {
    expectRows(ru, [
      ["значит он полагает, что американцы не учитывали чаяния палестинцев?", "yes"],
      ["путин не упрекает сша за то, что они не учли интересы палестинцев?", "yes"],
    ]);
    expectRows(en, [["so he reckons washington didn't consider compromises?", "yes"]]);
    expect(loadedNegationOf("путин не говорил, что они были правы?", "ru")?.positive).toBe(
      "путин говорил, что они были правы?",
    );
    expect(loadedNegationOf("не критикует ли путин сша?", "ru")).toBeNull();
  }, 120_000);
});

describe("another party's wish as Putin tells it", () => {
  it("is doesn't say; the Palestinians' aspiration stays Yes", () => {
    expectRows(en, [
      ["does putin say the israeli government wants peace talks?", "not-said"],
      ["did putin claim ankara wants a ceasefire?", "not-said"],
      ["does putin say the palestinians want a state of their own?", "yes"],
    ]);
    expectRows(ru, [["говорит ли путин, что хамас хочет прекращения огня?", "not-said"]]);
  }, 120_000);
});

describe("the Kremlin's contact with one warring side", () => {
  it("is asked of contact with a side and nothing more, not alone", () => {
    expectRows(
      (t: string) => asksContactWithSide(t, t.match(/\p{Script=Cyrillic}/u) ? "ru" : "en"),
      [
        ["does moscow talk to hamas?", true],
        ["общается ли россия с израилем?", true],
        ["кремль на связи с хамасом?", true],
        ["does the kremlin talk to hamas about hostages?", false],
        ["кремль общается только с хамасом?", false],
        ["есть ли у россии связи с хамасом?", false],
      ],
    );
    expectRows(ru, [["общается ли москва с израилем?", "yes"]]);
  }, 120_000);
});

describe("a Russian charge asked verb first", () => {
  it("is read subject first; other verb-first questions are left", () => {
    expectRows(chargeSubjectFirst, [
      ["обвиняет ли путин сша в ошибках", "путин обвиняет сша в ошибках"],
      ["винит ли российский президент америку в провале", "российский президент винит америку в провале"],
      ["упоминается ли роль россии в статье", "упоминается ли роль россии в статье"],
      ["обвиняет ли в этом путин сша", "обвиняет ли в этом путин сша"],
    ]);
    expectRows(ru, [["Упрекает ли Путин Вашингтон в игнорировании чаяний палестинцев?", "yes"]]);
  }, 120_000);
});

describe("a learner's apology for their English", () => {
  it("is read off the question", () => {
    expectRows(learnerPreambleEnOf, [
      ["sorry for my bad english. putin want negotiations?", "putin want negotiations?"],
      ["putin want negotiations?", null],
      ["Извините за мой русский. Путин хотеть мир?", null],
    ]);
    expectRows(en, [["excuse me for my english. putin want negotiations?", "yes"]]);
  }, 120_000);
});

describe("the probes of the kinds, as `npm run ask` replies (first run on base e20862a4: en94 53.3% (8/15), ru95 28.6% (4/14); after 100% / 85.7%)", () => {
  itHoldsAskFloors([
    ["probes-en94.jsonl", 1],
    ["probes-ru95.jsonl", 0.85],
  ]);
});
