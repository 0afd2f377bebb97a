// quality44ru's Russian engine kinds (wave BU's blind-ru90 misses), in phrasings of our own: a deal's matter the
// article never names, asked of the call («договорённости по «Турецкому потоку»», «зерновую сделку … обсуждали»,
// «что по газопроводу…»), is the question's topic and refused (russian/topic-words.ts); «считает X виноватыми» is
// Putin's blame (russian/criticism-slang.ts); «пу» is Putin in chat (russian/latin-names.ts) and «за что … топит»
// asks what he pushes for (russian/push-for.ts). Probes pinned at their figures after the change.
import { describe, expect, it } from "vitest";
import { asRussianCriticism } from "../../src/answering/russian/criticism-slang.js";
import { withRussianNames } from "../../src/answering/russian/latin-names.js";
import { asRussianPushFor } from "../../src/answering/russian/push-for.js";
import { realEngine } from "../helpers/engine.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

const refused = (q: string) => realEngine.findAnswer(q).answered;

describe("a matter the article never names, asked of the call", () => {
  it("is refused after a deal noun, «что (там) по» and before «обсуждали»", () => {
    expectRows(refused, [
      ["Какие соглашения по газопроводу обсуждали Путин и Эрдоган?", false],
      ["Какая сделка по «Северному потоку» обсуждалась в разговоре с Эрдоганом?", false],
      ["Что там по зерновому коридору, обсуждали с Эрдоганом?", false],
      ["Зерновой коридор Путин и Эрдоган обсуждали?", false],
    ]);
  });
  it("keeps the call's own matter answered", () => {
    expectEntries([
      ["Какие договорённости по прекращению огня обсуждали Путин и Эрдоган?", "putin-erdogan-call"],
      ["Прекращение огня Путин с Эрдоганом обсуждали?", "putin-erdogan-call"],
    ]);
  });
});

describe("Russian chat readers", () => {
  it("reads «считает X виноватыми» as the blame", () => {
    expectRows(asRussianCriticism, [
      ["почему путин считает американцев виноватыми?", "почему путин винит американцев"],
      ["путин считает вашингтон виновным?", "путин винит вашингтон"],
      ["кого путин считает виноватым в эскалации", "кого путин винит в эскалации"],
    ]);
    expectUnchanged(asRussianCriticism, ["Считает ли Путин, что виноваты обе стороны?"]);
  });
  it("reads «пу» as Putin and «за что … топит» as what he pushes for", () => {
    expectRows(withRussianNames, [["пу за перемирие?", "путин за перемирие?"]]);
    expectUnchanged(withRussianNames, ["пух и прах", "путь к миру"]);
    expectRows(asRussianPushFor, [
      ["а пу за что топит", "а пу за что выступает"],
      ["за кого он топит?", "за кого он выступает?"],
    ]);
    expectUnchanged(asRussianPushFor, ["путин топит за перемирие?", "топит ли кто-то корабли"]);
  });
  it("answers the kinds from the right card", () => {
    expectEntries([
      ["Почему Путин считает Вашингтон виноватым?", "putin-blames-us"],
      ["пу топит за прекращение огня?", "ceasefire-call"],
      ["за что топит пу?", "what-putin-wants"],
    ]);
  });
});

describe("the probes of the kind (first run on base 51b27fd4: ru87 55.6% engine, 55.6% through ask)", () => {
  itHoldsProbeFloors([["probes-ru87.jsonl", 0.74, 0.7, 0.85]]);
});

describe("a test of these kinds can fail", () => {
  it("a refusal is told apart from an answer", () => {
    expect(refused("О чём Путин говорил с Эрдоганом по телефону?")).toBe(true);
  });
});
