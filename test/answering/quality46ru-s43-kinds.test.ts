// quality46ru's Russian kinds (wave BW's blind-ru92 misses and session 42's leftovers), in phrasings of our own: a
// party in the circle of Russia's long ties asked yes/no (russian/ties-circle.ts; long ties with Israel «не сказано»,
// dialogue/long-ties-ru.ts); Russia's attitude to one side is its ties (russian/attitude-ties.ts); gas is not Gaza
// (russian/gas-not-gaza.ts, stem.ts, topic-words.ts); a topic a voice «упоминал» is what it said of it
// (russian/voice-mention.ts, dialogue/voice-mention-owned.ts); the article's English topic words in a Russian
// question (russian/english-topic-words.ts). Probes pinned at their figures after.
import { describe, expect, it } from "vitest";
import { withEnglishTopicWordsInRussian } from "../../src/answering/russian/english-topic-words.js";
import { withGasNotGaza } from "../../src/answering/russian/gas-not-gaza.js";
import { russianStem } from "../../src/answering/russian/stem.js";
import { withTiesCircleAsTies } from "../../src/answering/russian/ties-circle.js";
import { asRussianVoiceMention } from "../../src/answering/russian/voice-mention.js";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realEngine } from "../helpers/engine.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { itHoldsProbeFloors } from "../helpers/probe-floors.js";

const ru = (q: string) => lastVerdict([q], "ru");
/** Refused: not answered, whatever the reason (out of scope, or "which one?" among none of gas). */
const refusal = (q: string) => !realEngine.findAnswer(q).answered;

describe("Russian readers of quality46ru", () => {
  it("reads a party in the circle of Russia's long ties as the plain ties question", () => {
    expectRows(withTiesCircleAsTies, [
      ["Числит ли Москва ХАМАС среди своих давних связей?", "у Москвы давние связи с ХАМАС?"],
      ["Палестинцы — часть давних связей Кремля?", "у Кремля давние связи с Палестинцы?"],
      ["Является ли ХАМАС частью связей России?", "у России связи с ХАМАС?"],
    ]);
    expectUnchanged(withTiesCircleAsTies, ["С кем у России давние связи?", "Россия ХАМАС в кругу связей?"]);
  });
  it("keeps gas apart from Gaza", () => {
    expect(russianStem("газом")).not.toBe(russianStem("газа"));
    expectRows(withGasNotGaza, [
      ["экспорт газа в Европу", "экспорт газов в Европу"],
      ["запасы природного газа", "запасы природного газов"],
      ["а по газу что?", "а по газов что?"],
    ]);
    expectUnchanged(withGasNotGaza, ["что в Газе?", "жертвы в секторе Газа", "путин про газу говорил?"]);
  });
  it("reads the article's English topic words in Russian, not a phrase asked for its meaning", () => {
    expectRows(withEnglishTopicWordsInRussian, [
      ["кремль говорил про dialogue?", "кремль говорил про диалог?"],
      ["putin хочет truce?", "putin хочет прекращение огня?"],
    ]);
    expectUnchanged(withEnglishTopicWordsInRussian, [
      "что значит settlement?",
      "в чём смысл фразы impartial mediator",
      "путин говорил про talks with hamas?",
    ]);
  });
  it("reads a topic a voice mentioned as what it said of it", () => {
    expectRows(asRussianVoiceMention, [
      ["а Путин упомянул урегулирование?", "а Путин говорил о урегулирование?"],
      ["упоминал ли путин диалог", "путин говорил о диалог"],
    ]);
    // Putin only (the lead, after round 1's merge): another voice asked to have mentioned a topic keeps its silence reading.
    expectUnchanged(asRussianVoiceMention, [
      "а Песков упомянул урегулирование?",
      "упоминал ли мид диалог",
      "упоминается ли в статье ХАМАС?",
      "почему путин не упомянул роль россии",
    ]);
  });
});

describe("the kinds, answered", () => {
  it("finds the ties card for Russia's attitude to one side", () => {
    expectEntries([
      ["Как Москва относится к израильтянам?", "russia-israel-ties"],
      ["Какое у Москвы отношение к палестинцам?", "russia-palestinian-ties"],
    ]);
  });
  it("refuses gas as outside the article", () => {
    expectRows(refusal, [
      ["Сколько стоит газ для Турции?", true],
      ["Путин с Эрдоганом обсуждали транзит газа?", true],
    ]);
  });
  it("says Да through the dialogue where the article settles it, and no Да for long ties with Israel", () => {
    expectRows(ru, [
      ["Причисляет ли Кремль ХАМАС к своим давним связям?", "yes"],
      ["Упоминает ли Путин прекращение огня?", "yes"],
      ["песков что-то говорил про settlement?", "yes"],
      ["Числит ли Россия Израиль среди своих давних связей?", "not-said"],
      ["У Москвы многолетние связи с Израилем?", "not-said"],
    ]);
  });
});

describe("the probes of the kind (first run on base b4b963a0: ru90 73.1% / 70.0% engine, 30.8% / 70.0% through npm run ask)", () => {
  itHoldsProbeFloors([["probes-ru90.jsonl", 1, 1, 1]]);
  itHoldsAskFloors([["probes-ru90.jsonl", 1]]);
});

describe("a test of these kinds can fail", () => {
  it("a gas word beside Gaza's is told apart", () => {
    expect(withGasNotGaza("в секторе Газа")).toBe("в секторе Газа");
    expect(ru("Входит ли Египет в круг давних связей Москвы?")).not.toBe("yes");
  });
});
