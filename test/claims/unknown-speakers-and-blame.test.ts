// claims34: a person or body the article never names given a passage's words, in English and Russian, capitalised
// or not, before a verb or in a frame with no comma; the ceasefire's own parties; blame on the US for the surge;
// "backs", "the MFA in Moscow", staying in touch; a speaker's frame around the Russian state. Claims written for
// this test (none from a set), and every new pattern on long input.
import { describe, expect, it } from "vitest";
import { blameForSurge } from "../../src/claims/blame-for-surge.js";
import { readRussianContactWords } from "../../src/claims/contact-words.js";
import { joinPhrasalVerbs } from "../../src/claims/phrasal.js";
import { parseRussianFrame } from "../../src/claims/russian-frames.js";
import { readRussianParaphrase } from "../../src/claims/russian-paraphrase.js";
import { parseFrame } from "../../src/claims/words.js";
import { check, expectNotConfirmed, expectVerdicts } from "../helpers/claims.js";
import { expectEachInputFast } from "../helpers/long-input.js";

describe("a speaker the article never names", () => {
  it("is never confirmed, in either script, capitalised or not", () => {
    expectVerdicts([
      ["гутерриш подчеркнул срочную необходимость немедленного прекращения огня", "misattributed"],
      ["Гутерриш подчеркнул срочную необходимость немедленного прекращения огня", "misattributed"],
      ["байден выразил глубокую обеспокоенность гибелью мирных жителей", "misattributed"],
      ["according to guterres the kremlin stays in contact with both warring sides", "misattributed"],
      ["по словам блинкена кремль поддерживает связь с обеими сторонами", "misattributed"],
      ["experts expressed concern over civilian casualties in Israel and Gaza", "misattributed"],
      ["diplomats called for an immediate ceasefire and the resumption of negotiations", "misattributed"],
      ["эксперты выразили обеспокоенность гибелью мирных жителей", "misattributed"],
      // A speaker's title (or a speaker's name in the genitive) with a surname the article never gives.
      ["the spokesman Ivanov said the kremlin aims to play a constructive role", "misattributed"],
      [
        "Putin's aide Ushakov said the latest surge in violence is a clear indication of the failure of US policy",
        "misattributed",
      ],
      [
        "помощник Путина Ушаков заявил, что всплеск насилия — явный признак провала политики США",
        "misattributed",
      ],
      ["пресс-секретарь иванов заявил, что Кремль стремится играть конструктивную роль", "misattributed"],
    ]);
  });

  it("a known speaker typed in lower case, and people in general, keep their verdict", () => {
    expectVerdicts([
      ["путин выразил глубокую обеспокоенность гибелью мирных жителей", "paraphrase"],
      ["many fear the crisis may extend beyond the Arab-Israeli conflict zone", "paraphrase"],
      ["Kremlin spokesman Dmitry Peskov said the kremlin aims to play a constructive role", "verbatim"],
      [
        "пресс-секретарь Дмитрий Песков заявил, что Кремль стремится играть конструктивную роль",
        "paraphrase",
      ],
      // A verb opening the claim is no group of critics («критикуют»).
      ["Критикуют в статье Соединённые Штаты", "paraphrase"],
    ]);
  });

  it("reads a frame with no comma after a one-word name", () => {
    expect(parseFrame("according to peskov the kremlin wants to help").name).toBe("peskov");
    expect(parseRussianFrame("по словам пескова кремль хочет помочь").name).toBe("пескова");
  });
});

describe("paraphrases in words of their own", () => {
  it("are confirmed", () => {
    expectVerdicts([
      ["putin urged the two sides to cease hostilities immediately and resume negotiations", "paraphrase"],
      ["the russian foreign ministry backed establishing direct palestinian-israeli dialogue", "paraphrase"],
      [
        "the foreign ministry in moscow stresses coordinating regional players to stabilize the situation",
        "paraphrase",
      ],
      ["Putin held Washington responsible for the recent escalation", "paraphrase"],
      ["Путин возложил ответственность за эскалацию на Вашингтон", "paraphrase"],
      ["кремль остаётся на связи с обеими воюющими сторонами", "paraphrase"],
      ["песков говорит, что кремль стремится уладить конфликт", "paraphrase"],
      ["Путин считает, что огонь надо прекратить сразу", "paraphrase"],
    ]);
  });
});

describe("what changes the passage stays unconfirmed", () => {
  it("another party blamed, contact ended, the ceasefire's parties fighting on", () => {
    expectVerdicts([
      ["Putin blamed Hamas for the latest surge in violence", "altered"],
      ["Путин обвинил Турцию в нынешнем всплеске насилия", "altered"],
      ["Putin blamed China for the escalation", "not-in-article"],
      ["кремль больше не на связи с обеими сторонами", "altered"],
      ["peskov said russia rejects the need for a palestinian state", "altered"],
    ]);
    expectNotConfirmed("Putin wants both sides to keep fighting");
    expectNotConfirmed("the US-backed talks failed");
  });

  it("the state put in Putin's place under another speaker's frame is misattributed", () => {
    expectVerdicts([
      ["Peskov said Moscow recognises the need for a Palestinian state", "misattributed"],
      ["МИД заявил, что Россия признаёт необходимость палестинского государства", "misattributed"],
    ]);
  });

  it("reads blame on the US for the surge, not for anything more", () => {
    expect(blameForSurge("Putin blames the US for this flare-up")?.us).toBe(true);
    expect(blameForSurge("Putin blames the US for the surge in civilian casualties")).toBeNull();
    expect(blameForSurge("путин обвинил в эскалации турцию")?.party).toBe("турцию");
  });
});

describe("the new readings on long input", () => {
  it("stay linear (4096 characters of near misses)", () => {
    const inputs = [
      `according to ${"peskov ".repeat(600)}`.slice(0, 4096),
      `по словам ${"пескова ".repeat(500)}`.slice(0, 4096),
      `both sides ${"to stop ".repeat(600)}fighting`.slice(0, 4096),
      `their ${"backs ".repeat(700)}down`.slice(0, 4096),
      `this ${"outbreak of ".repeat(400)}war`.slice(0, 4096),
      `the kremlin keeps ${"open ".repeat(800)}channels with`.slice(0, 4096),
      `the kremlin stays in ${"close ".repeat(700)}touch with`.slice(0, 4096),
      `the MFA ${"in moscow ".repeat(450)}backs`.slice(0, 4096),
      `Putin blames the US for the ${"latest ".repeat(600)}surge`.slice(0, 4096),
      `Putin held ${"the US ".repeat(600)}responsible`.slice(0, 4096),
      `путин обвинил в ${"эскалации ".repeat(400)}турцию`.slice(0, 4096),
      `кремль ${"остаётся ".repeat(450)}на связи с`.slice(0, 4096),
      `огонь ${"нужно ".repeat(700)}прекратить`.slice(0, 4096),
      `урегулировать ${"конфликт ".repeat(450)}`.slice(0, 4096),
      `some ${"experts ".repeat(500)}said`.slice(0, 4096),
      `${"лавров ".repeat(600)}выразил`.slice(0, 4096),
      `the spokesman ${"Ivanov ".repeat(550)}said the kremlin aims`.slice(0, 4096),
      `пресс-секретарь ${"иванов ".repeat(550)}заявил, что кремль`.slice(0, 4096),
    ];
    expectEachInputFast(
      (input) => {
        check(input);
        joinPhrasalVerbs(input);
        readRussianContactWords(input);
        readRussianParaphrase(input);
        blameForSurge(input);
      },
      inputs,
      2000,
    );
  });
});
