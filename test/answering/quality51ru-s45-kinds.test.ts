// quality51ru's Russian kinds (wave CB: blind-ru97), in phrasings of our own: a person of the story asked to be in the
// article (person-mentioned.ts, both languages; mention-asked.ts owns the Да), contact withdrawn from the sides
// (russian/contact-withdrawal.ts: «Нет» on the contact card), two voices compared by degree (russian/compared-degree.ts)
// and a Latin name with a Russian case ending (russian/latin-names.ts).
import { describe, expect, it } from "vitest";
import { asPersonMentioned, asRussianPersonMentioned } from "../../src/answering/person-mentioned.js";
import { withoutComparedDegree } from "../../src/answering/russian/compared-degree.js";
import { asRussianContactWithdrawal } from "../../src/answering/russian/contact-withdrawal.js";
import { withRussianNames } from "../../src/answering/russian/latin-names.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("readers of quality51ru", () => {
  it("reads a person asked to be in the article as who the person is; a topic beside the name is left", () => {
    expectRows(asRussianPersonMentioned, [
      ["Путин упоминается в статье?", "кто такой Путин?"],
      ["Упоминается ли в статье Песков?", "кто такой Песков?"],
      ["Есть ли в статье Эрдоган?", "кто такой Эрдоган?"],
    ]);
    expectUnchanged(asRussianPersonMentioned, [
      "Путин упоминает роль России?",
      "Упоминается ли в статье Китай?",
    ]);
    expectRows(asPersonMentioned, [
      ["Is Putin mentioned in the article?", "who is Putin?"],
      ["does the article mention erdogan?", "who is erdogan?"],
    ]);
    expectUnchanged(asPersonMentioned, [
      "does putin mention russia's role?",
      "is china mentioned in the article?",
    ]);
  });
  it("reads contact withdrawn as the contact; another actor's is left", () => {
    expectRows(asRussianContactWithdrawal, [
      [
        "Кремль отказывается разговаривать с одной из сторон?",
        "Кремль поддерживает связь с одной из сторон?",
      ],
      ["Россия прекратила общение с ХАМАС?", "Россия поддерживает связь с ХАМАС?"],
    ]);
    expectUnchanged(asRussianContactWithdrawal, [
      "США отказываются говорить с ХАМАС?",
      "Кремль говорит с Израилем?",
    ]);
  });
  it("takes the degree off two voices compared, and puts a Latin name's case ending on its Cyrillic form", () => {
    expectRows(withoutComparedDegree, [
      [
        "Кто в статье жёстче критикует США — Путин или Песков?",
        "Кто в статье критикует США — Путин или Песков?",
      ],
      ["Кто больше критикует США, Путин или Песков?", "Кто критикует США, Путин или Песков?"],
    ]);
    expectUnchanged(withoutComparedDegree, ["Кто больше всех пострадал?"]);
    expectRows(withRussianNames, [
      ["Что Путин сказал Erdogan'у насчёт Штатов?", "Что Путин сказал Эрдогану насчёт Штатов?"],
      ["Что Putinу сказал Erdogan?", "Что Путину сказал Эрдоган?"],
    ]);
  });
});

describe("the kinds, answered", () => {
  it("finds the cards", { timeout: 120_000 }, () => {
    expectEntries([
      ["Путин упоминается в статье?", "who-is-putin"],
      ["Что Путин сказал Erdogan'у насчёт Штатов?", "putin-on-us"],
      ["Кремль отказывается разговаривать с одной из сторон?", "kremlin-contact-both-sides"],
    ]);
  });
  it("says Да of a person the article names and Нет of the contact withdrawn", () => {
    expectRows(opening, [
      ["Путин упоминается в статье?", "Да."],
      ["Упоминается ли Путин в статье?", "Да."],
      ["Is Putin mentioned in the article?", "Yes."],
      ["Кремль отказывается разговаривать с одной из сторон?", "Нет."],
    ]);
    expect(opening("Путин упоминает роль России?")).not.toBe("Да.");
  });
});

describe("the probes of the kind (first run on base 10b0689d: ru100 47.6% / 50.0% engine, 76.2% / 50.0% through npm run ask)", () => {
  itHoldsProbeFloors([["probes-ru100.jsonl", 0.91, 0.95, 0.5]]);
});
