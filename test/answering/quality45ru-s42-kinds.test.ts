// quality45ru's Russian kinds (wave BV's blind-ru91 misses and quality44ru's leftovers), in phrasings of our own:
// «Тель-Авив» is Israel's government, in its case (russian/capital-metonyms.ts); a polite address to the bot before
// the question is taken off (russian/polite-address.ts) and a short request for the MFA's official position is the
// ministry's (russian/ministry-position.ts); a reproach with its clause («упрекнул X в том, что тот …») and a members
// question with «— с X тоже?» own their Да (owned-verdict.ts); «X среди тех, с кем …» and «речь идёт о …» are read
// in their plain form (russian/among-those.ts, russian/speech-about.ts). Probes pinned at their figures after.
import { describe, expect, it } from "vitest";
import { withAmongThoseAsTies } from "../../src/answering/russian/among-those.js";
import { withCapitalAsCountry } from "../../src/answering/russian/capital-metonyms.js";
import { withoutPoliteAddress } from "../../src/answering/russian/polite-address.js";
import { withSpeechAboutAsSaid } from "../../src/answering/russian/speech-about.js";
import { realEngine } from "../helpers/engine.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

const owned = (q: string) => realEngine.findAnswer(q).owned ?? null;

describe("Russian readers of quality45ru", () => {
  it("reads Tel Aviv as Israel in its case", () => {
    expectRows(withCapitalAsCountry, [
      ["Что связывает Москву и Тель-Авив?", "Что связывает Москву и Израиль?"],
      ["общий язык с Тель-Авивом", "общий язык с Израилем"],
      ["позиция Тель-Авива", "позиция Израиля"],
    ]);
    expectUnchanged(withCapitalAsCountry, ["Что говорит Вашингтон?", "тельняшка"]);
  });
  it("takes a polite address to the bot off the start", () => {
    expectRows(withoutPoliteAddress, [
      ["Уважаемый бот, расскажите, что думает Песков.", "расскажите, что думает Песков."],
      ["Здравствуйте, бот! Подскажите, кто такой Песков?", "Подскажите, кто такой Песков?"],
      ["Будьте добры, объясните, чего хочет Кремль.", "объясните, чего хочет Кремль."],
    ]);
    expectUnchanged(withoutPoliteAddress, ["Бот Путина звонил Эрдогану?", "Уважаемый Путин сказал что?"]);
  });
  it("reads «X среди тех, с кем …» and «речь идёт о …» in the plain form", () => {
    expectRows(withAmongThoseAsTies, [
      ["Назван ли ХАМАС среди тех, с кем у России давние связи?", "у России давние связи с ХАМАС?"],
    ]);
    expectUnchanged(withAmongThoseAsTies, ["С кем у России давние связи?"]);
    expectRows(withSpeechAboutAsSaid, [
      ["Идёт ли в статье речь о Квартете?", "говорится ли в статье о Квартете?"],
      ["В статье речь идёт о Квартете?", "В статье говорится о Квартете?"],
    ]);
    expectUnchanged(withSpeechAboutAsSaid, ["О чём идёт речь в статье?"]);
  });
  it("answers the kinds from the right card", () => {
    expectEntries([
      ["Почему у Кремля общий язык с Тель-Авивом?", "russia-israel-ties"],
      [
        "Дорогой бот, расскажите, пожалуйста, какую позицию занимает МИД России.",
        "foreign-ministry-position",
      ],
      ["Изложите официальную позицию МИД России по конфликту.", "foreign-ministry-position"],
    ]);
  });
  it("owns the Yes of a reproach's clause, a members afterthought and a party among the long ties", () => {
    expectRows(owned, [
      ["Путин упрекает США в том, что они игнорировали интересы палестинцев?", "yes"],
      ["Кто с Россией в Квартете — ООН тоже?", "yes"],
      ["Входит ли ХАМАС в число тех, с кем у Москвы давние связи?", "yes"],
    ]);
  });
  it("owns no Yes for a non-member or another party's reproach", () => {
    expectRows(owned, [
      ["Кто с Россией в Квартете — Турция тоже?", null],
      ["Путин упрекнул Вашингтон в том, что тот игнорировал интересы Израиля?", null],
    ]);
  });
});

describe("the probes of the kind (first run on base 9114fda4: ru88 43.5% engine (40.0/66.7), 47.8% through ask)", () => {
  itHoldsProbeFloors([["probes-ru88.jsonl", 0.78, 0.8, 0.66]]);
});

describe("a test of these kinds can fail", () => {
  it("an owned Yes is told apart from none", () => {
    expect(owned("Что связывает Москву и Тель-Авив?")).toBeNull();
  });
});
