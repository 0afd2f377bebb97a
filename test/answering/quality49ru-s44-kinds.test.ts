// quality49ru's Russian kinds (waves BY and BZ: blind-ru94, blind-ru95), in phrasings of our own: the Quartet asked by a
// description (russian/quartet-described.ts), Russia joining in asked in slang (russian/joining-slang.ts), «имеет
// отношение к мирному процессу» as Russia's part (russian/peace-process-part.ts), the article's report of a clause
// for the owned verdict (russian/article-said-that.ts, owned-points-more.ts) and «schitaet» as считает
// (russian/transliterated.ts).
import { describe, expect, it } from "vitest";
import { withArticleSaidThatAsReport } from "../../src/answering/russian/article-said-that.js";
import { asRussianJoiningSlang } from "../../src/answering/russian/joining-slang.js";
import { asRussianPeaceProcessPart } from "../../src/answering/russian/peace-process-part.js";
import { asRussianQuartetDescribed } from "../../src/answering/russian/quartet-described.js";
import { fromTranslit } from "../../src/answering/russian/transliterated.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("Russian readers of quality49ru", () => {
  it("reads the Quartet described as the Quartet, its members asked as its membership", () => {
    expectRows(asRussianQuartetDescribed, [
      ["Как называется группа из четырёх международных посредников?", "что такое квартет"],
      ["Что за четвёрка посредников упоминается в статье?", "что такое квартет"],
      ["Как называлось объединение, куда входила Россия?", "что такое квартет"],
      ["Какие страны входят в четырёхстороннюю группу посредников?", "кто входит в квартет"],
    ]);
    expectUnchanged(asRussianQuartetDescribed, [
      "Кто входит в квартет?",
      "Были ли четырёхсторонние переговоры?",
      "Сколько лет существует группа из четырёх посредников?",
      "Как называется группа ХАМАС?",
    ]);
  });
  it("reads Russia joining in, in slang, as the Kremlin's role; standing up for a side is left", () => {
    expectRows(asRussianJoiningSlang, [
      ["москва впишется в урегулирование?", "какую роль хочет играть кремль"],
      ["кремль собирается впрягаться или нет?", "какую роль хочет играть кремль"],
      ["россия хочет разрулить ситуацию?", "какую роль хочет играть кремль"],
    ]);
    expectUnchanged(asRussianJoiningSlang, [
      "кремль вписывается за хамас?",
      "за кого россия впишется, если что?",
      "путин вписывается в эту тему?",
      "сша вписываются в движ?",
    ]);
  });
  it("reads «отношение к мирному процессу» as Russia's part in it, not its relations with a side", () => {
    expectRows(asRussianPeaceProcessPart, [
      ["Москва имеет какое-либо отношение к мирному процессу?", "как россия участвует в мирном процессе"],
    ]);
    expectUnchanged(asRussianPeaceProcessPart, [
      "Какое отношение России к Израилю?",
      "Россия имеет отношение к ХАМАС?",
    ]);
  });
  it("reads the article's report of a clause as «говорится, что …», a mention of a topic as typed", () => {
    expectRows(withArticleSaidThatAsReport, [
      ["Сказано ли в тексте, что Путин винит США?", "говорится, что Путин винит США?"],
      ["В статье пишут, что кризис может расшириться?", "говорится, что кризис может расшириться?"],
    ]);
    expectUnchanged(withArticleSaidThatAsReport, [
      "Говорится ли в статье о квартете?",
      "Что говорится в статье о кризисе?",
    ]);
  });
  it("spells «sch» before «it» as сч, elsewhere as щ", () => {
    expectRows(fromTranslit, [
      ["Peskov schitaet", "песков считает"],
      ["zaschita", "защита"],
      ["voobsche", "вообще"],
    ]);
  });
});

describe("the kinds, answered", () => {
  it("finds the cards", () => {
    expectEntries([
      ["Как называется четвёрка международных посредников из статьи?", "quartet-purpose"],
      ["кремль впрягается, чтобы разрулить это?", "kremlin-settlement-role"],
      ["Россия имеет отношение к ближневосточному мирному процессу?", "russia-role-controversy"],
    ]);
  });
  it("owns Да for the fear reported, never for the spread as done or for a wrong party", () => {
    expectRows(opening, [
      ["Сказано ли в тексте, что кризис может перекинуться за пределы арабо-израильского конфликта?", "Да."],
      ["Putin schitaet chto Vashington vinovat?", "Да."],
    ]);
    expect(opening("Говорится ли в статье, что кризис уже перекинулся за пределы региона?")).not.toBe("Да.");
    expect(opening("Putin schitaet chto Izrail vinovat?")).not.toBe("Да.");
  });
});

describe("the probes of the kind (first run on base 5329c575: ru97 59.4% engine, 68.8% / 0% refused through npm run ask)", () => {
  itHoldsProbeFloors([["probes-ru97.jsonl", 0.96, 0.9, 1]]);
});
