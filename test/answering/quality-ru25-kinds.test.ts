// The kinds quality-ru25 fixed, in words of our own: why Moscow stresses its ties with both sides (the mediator
// image), both sides' interests asked of the US (the compromise acceptable to both), whom Putin blames and what he
// proposes asked together (Russia's position), why Putin keeps silent beside the Quartet (his silence on Russia's
// role), "предлагают или только осуждают", whose interests the conclusion puts first ("чьих" as a question word),
// a transliterated "est li" (есть, not эст), and a ramble whose question follows "нужно понять" or comes before a
// bare plea ("можешь по статье разложить?"). Guards: the ties asked as such, the Palestinians' own interests and
// Putin's blame alone stay as they were.
import { describe, expect, it } from "vitest";
import { asRussianBlameAndProposal } from "../../src/answering/russian/blame-and-proposal.js";
import { withBothSidesCompromise } from "../../src/answering/russian/both-interests.js";
import { fromTranslit } from "../../src/answering/russian/normalise.js";
import { withoutOrOnly } from "../../src/answering/russian/proposal-or-only.js";
import { rambleQuestionOf } from "../../src/answering/russian/ramble-question.js";
import { asRussianSilenceWhy } from "../../src/answering/russian/silence-why.js";
import { asRussianStressedTies } from "../../src/answering/russian/stressed-ties.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered && a.kind === "entry" ? (a.entry?.id ?? null) : null;
};

describe("why Moscow stresses its ties is its mediator image (russian/stressed-ties.ts)", () => {
  it.each([
    "зачем москве твердить, что она в хороших отношениях и с теми и с другими",
    "ради чего кремль афиширует свою дружбу с обеими сторонами",
    "почему россия постоянно напоминает о своих связях с израилем и палестинцами",
  ])("'%s' → the mediator entry", (q) => {
    expect(asRussianStressedTies(q)).toBe("как москва себя представляет");
    expect(entryOf(q)).toBe("russia-impartial-mediator");
  });

  it("leaves the ties asked as such", () => {
    expect(asRussianStressedTies("россия дружит с обеими сторонами?")).toBe(
      "россия дружит с обеими сторонами?",
    );
    expect(asRussianStressedTies("почему россия дружит с хамасом")).toBe("почему россия дружит с хамасом");
  });
});

describe("both sides' interests asked of the US are the compromise (russian/both-interests.ts)", () => {
  it.each([
    "по словам путина америка считалась с интересами обеих сторон?",
    "думает ли путин что вашингтон учитывал интересы и палестинцев и израиля",
  ])("'%s' → us-monopolizing-peace", (q) => {
    expect(withBothSidesCompromise(q)).toContain("компромиссы приемлемые для обеих сторон");
    expect(entryOf(q)).toBe("us-monopolizing-peace");
  });

  it("leaves the Palestinians' own interests and the conclusion's 'всех сторон'", () => {
    const own = "учитывали ли штаты интересы палестинцев";
    expect(withBothSidesCompromise(own)).toBe(own);
    expect(entryOf(own)).toBe("us-ignores-palestinian-interests");
    expect(withBothSidesCompromise("сша и интересы всех сторон")).toBe("сша и интересы всех сторон");
  });
});

describe("blame and proposal asked together are Russia's position (russian/blame-and-proposal.ts)", () => {
  it("reads both asks as the position, whose answer gives the US and the ceasefire", () => {
    const q = "на кого путин сваливает вину и что он советует сделать";
    expect(asRussianBlameAndProposal(q)).toBe("какова позиция россии по конфликту");
    const a = engine.findAnswer(q);
    expect(a.answer).toMatch(/США/);
    expect(a.answer).toMatch(/прекращени\p{L}* огня/u);
  });

  it("leaves the blame asked alone", () => {
    expect(asRussianBlameAndProposal("кого винит путин")).toBe("кого винит путин");
    expect(entryOf("кого винит путин")).toBe("putin-blames-us");
  });
});

describe("why Putin keeps silent beside the Quartet is his silence (russian/silence-why.ts)", () => {
  it("reads the why of the silence as the silence entry", () => {
    const q = "путин ругает штаты, но россия сама в квартете, отчего он об этом ни слова не говорит?";
    expect(asRussianSilenceWhy(q)).toBe("путин молчит о роли россии");
    expect(entryOf(q)).toBe("putin-silent-on-russia-role");
  });

  it("leaves a silence with nothing of Russia's part", () => {
    expect(asRussianSilenceWhy("почему эрдоган молчит")).toBe("почему эрдоган молчит");
  });
});

describe("small readings", () => {
  it("drops 'или только осуждают' after a verb of proposing (russian/proposal-or-only.ts)", () => {
    expect(withoutOrOnly("кремль что-то предлагает или только критикует?")).toBe("кремль что-то предлагает?");
    expect(withoutOrOnly("путин за или против")).toBe("путин за или против");
  });

  it("reads 'чьих' as a question word: whose interests the conclusion puts first", () => {
    expect(entryOf("о чьих интересах надо думать по заключению статьи")).toBe("article-conclusion");
  });

  it("turns a transliterated 'est' into есть, not эст (russian/translit-endings.ts)", () => {
    expect(fromTranslit("est li u rossii svyazi s izrailem")).toBe("есть ли у россии связи с израилем");
    expect(fromTranslit("eto pravda")).toBe("это правда");
    expect(entryOf("est li u rossii svyazi s palestintsami")).toBe("russia-palestinian-ties");
  });

  it("finds a ramble's question after 'нужно понять' and without a bare closing plea (russian/ramble-question.ts)", () => {
    const q =
      "добрый день, готовлю реферат по политологии про ближний восток, мне надо разобраться, почему москва называет себя беспристрастным посредником и какие у неё для этого основания. можете разложить по полочкам?";
    expect(rambleQuestionOf(q)).toBe(
      "почему москва называет себя беспристрастным посредником и какие у неё для этого основания.",
    );
  });
});
