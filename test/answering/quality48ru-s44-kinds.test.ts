// quality48ru's Russian kinds (wave BY's blind-ru94 misses), in phrasings of our own: the ministry's task for the
// regional players (russian/ministry-task.ts), a quote request off the question (russian/quote-asked.ts), Russia's
// partners in the talks (russian/partners-with-whom.ts), an emigrant's story asking about such people
// (russian/emigrant-asker.ts), a which-question's dashed guess asked yes or no (russian/which-dash.ts), the report's
// doubt as a plain question (russian/report-doubt.ts) and the US not seeking compromises (owned-points-more.ts).
import { describe, expect, it } from "vitest";
import { asRussianEmigrantAsker } from "../../src/answering/russian/emigrant-asker.js";
import { asRussianMinistryTask } from "../../src/answering/russian/ministry-task.js";
import { asRussianPartnersWithWhom } from "../../src/answering/russian/partners-with-whom.js";
import { withoutRussianQuoteRequest } from "../../src/answering/russian/quote-asked.js";
import { withoutReportDoubt } from "../../src/answering/russian/report-doubt.js";
import { withWhichDashGuessAsked } from "../../src/answering/russian/which-dash.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("Russian readers of quality48ru", () => {
  it("reads the ministry's task for the players as what it wants of them, not who they are", () => {
    expectRows(asRussianMinistryTask, [
      ["Какую задачу МИД ставит перед региональными державами?", "чего хочет мид от региональных игроков"],
      [
        "Чего министерство иностранных дел ждёт от региональных игроков?",
        "чего хочет мид от региональных игроков",
      ],
    ]);
    expectUnchanged(asRussianMinistryTask, [
      "Каких региональных игроков имеет в виду МИД?",
      "Каким странам региона МИД поручает координироваться?",
      "Какую роль играет МИД?",
    ]);
  });
  it("takes a quote request off the question, a voice and topic asked as what the voice said", () => {
    expectRows(withoutRussianQuoteRequest, [
      ["Процитируй, что Песков говорил о роли Кремля", "что Песков говорил о роли Кремля"],
      ["Приведите слова Путина про перемирие", "что Путин говорил про перемирие?"],
    ]);
    expectUnchanged(withoutRussianQuoteRequest, ["процитируй путина", "Какие цитаты есть в статье?"]);
  });
  it("reads Russia's partners in the talks as the Quartet's other members", () => {
    expectRows(asRussianPartnersWithWhom, [
      ["Вместе с кем Москва содействовала мирному процессу?", "кто в квартет входит кроме россии"],
      ["С кем Россия помогала израильско-палестинским переговорам?", "кто в квартет входит кроме россии"],
    ]);
    expectUnchanged(asRussianPartnersWithWhom, [
      "С кем Россия поддерживает связи?",
      "С кем Россия ведёт переговоры?",
      "Кто входит в квартет вместе с Россией?",
    ]);
  });
  it("reads an emigrant's story asking about such people as the former Russian citizens in Israel", () => {
    expectRows(asRussianEmigrantAsker, [
      [
        "Мой брат переехал из Питера в Ашдод. В тексте что-то сказано про таких, как он?",
        "что в статье говорится о выходцах из россии в израиле",
      ],
    ]);
    expectUnchanged(asRussianEmigrantAsker, [
      "Мой брат переехал из Питера в Ашдод. Что Путин говорит о войне?",
      "Моя тётя живёт в Хайфе. Что в статье говорится о таких, как она?",
    ]);
  });
  it("asks a dashed guess yes or no, and leaves a who-is question alone", () => {
    expectRows(withWhichDashGuessAsked, [
      ["Кого винит Путин — Вашингтон?", "Вашингтон винит Путин?"],
      ["С кем созванивался Путин — Эрдоган?", "С Эрдоган созванивался Путин?"],
    ]);
    expectUnchanged(withWhichDashGuessAsked, [
      "Кто такой Песков — пресс-секретарь?",
      "Что Путин говорит — что США виноваты?",
      "Кого винит Путин — да или нет?",
    ]);
    expect(withoutReportDoubt("правда ли, что песков так сказал?")).toBe("песков так сказал?");
    expect(withoutReportDoubt("путин правда хочет мира?")).toBe("путин правда хочет мира?");
  });
});

describe("the kinds, answered", () => {
  it("finds the cards", () => {
    expectEntries([
      ["Какую задачу российский МИД ставит перед региональными державами?", "foreign-ministry-position"],
      ["С кем вместе Москва содействовала израильско-палестинским переговорам?", "quartet-members"],
      ["Моя мама уехала из Москвы в Израиль в 1995-м. Статья пишет о таких, как она?", "russia-israel-ties"],
    ]);
  });
  it("owns Да for a right guess and for the compromises, never for a wrong one", () => {
    expectRows(opening, [
      ["Какую роль намерен играть Кремль — конструктивную?", "Да."],
      ["Путин упрекал Вашингтон за то, что тот не учитывал компромиссов?", "Да."],
      ["Путин действительно заявил, что США монополизировали мирные усилия?", "Да."],
    ]);
    expect(opening("Кого винит Путин — Израиль?")).not.toBe("Да.");
    expect(opening("Путин сказал, что Израиль не искал компромиссов?")).not.toBe("Да.");
    expect(opening("Путин правда хочет, чтобы США монополизировали мирные усилия?")).not.toBe("Да.");
  });
});

describe("the probes of the kind (first run on base 3dffda4d: ru96 48.4% engine, 58.1% through npm run ask)", () => {
  itHoldsProbeFloors([["probes-ru96.jsonl", 0.92, 0.9, 1]]);
});
