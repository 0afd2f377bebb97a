// The kinds quality-ru44 fixed, in words of our own: the story asked for a grandparent or in chat words; a call's
// topic between the verb and "по телефону"; "X или Y" with one name the article never uses; another country in a
// person's office; "как завут"; a dispute over which side Russia is on; "там" for the Quartet named in a ramble's
// story; "это правда или X тоже…?". Guards: the same shapes off the story stay refused.
import { describe, expect, it } from "vitest";
import { withoutUnknownAlternative } from "../../src/answering/known-alternative.js";
import { phonedPartyRu } from "../../src/answering/russian/phone-check.js";
import { rambleQuestionOf } from "../../src/answering/russian/ramble-question.js";
import { asRussianSidesDispute } from "../../src/answering/russian/relations-both.js";
import { withoutWrongParty } from "../../src/answering/wrong-party.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("the readers (units)", () => {
  it("reads a call's party with its topic between the verb and 'по телефону'", () => {
    expect(phonedPartyRu("путин с шольцем обсуждал войну по телефону или нет")).toBe("шольцем");
    expect(phonedPartyRu("путин обсуждал израиль с байденом по телефону?")).toBe("байденом");
    expect(phonedPartyRu("путин с кем обсуждал газу по телефону")).toBeNull();
  });

  it("takes out the unknown side of a Russian 'X или Y', keeping the known one with its preposition", () => {
    const read = {
      unknownName: (w: string) => /^(?:нетаньяху|макрон\p{L}*)$/u.test(w.toLowerCase()),
      known: (w: string) => /^эрдоган\p{L}*$/u.test(w.toLowerCase()),
    };
    expect(withoutUnknownAlternative("Путин говорит с Эрдоганом или с Нетаньяху?", read)).toBe(
      "Путин говорит с Эрдоганом?",
    );
    expect(withoutUnknownAlternative("реал или барселона?", read)).toBeNull();
  });

  it("reads another country in a person's office as the wrong party", () => {
    const offStory = (w: string) => (/^(?:египетск\p{L}*|ирана)$/u.test(w) ? ("place" as const) : null);
    expect(withoutWrongParty("Эрдоган это же египетский президент, да?", "ru", offStory)?.party).toBe(
      "египетский",
    );
    expect(withoutWrongParty("эрдоган — лидер ирана?", "ru", offStory)?.party).toBe("ирана");
  });

  it("reads a dispute over Russia's side, both sides named, as both relationships", () => {
    expect(
      asRussianSidesDispute(
        "жена говорит, что Россия за палестинцев, а я — что Москва дружит с Израилем. Кто прав?",
      ),
    ).toMatch(/отношениях с израильтянами и палестинцами/);
    expect(asRussianSidesDispute("кто прав, реал или барселона?")).toBe("кто прав, реал или барселона?");
  });

  it("puts the Quartet for 'там' in a ramble whose story named it", () => {
    const ramble =
      "По радио что-то говорили про квартет посредников, я толком не расслышал и потом весь день думал. Сосед сказал, что Россия туда входит. А кто ещё там состоит?";
    expect(rambleQuestionOf(ramble)).toMatch(/в квартете/);
  });

  it("asks the other side of 'это правда или … тоже что-то сказал?' after a story", () => {
    const ramble =
      "Мы с сестрой вчера долго спорили за ужином, и она уверена, что из официальных лиц про конфликт говорил только Путин. Это правда или Песков тоже что-то заявлял?";
    expect(rambleQuestionOf(ramble)).toBe("Песков тоже что-то заявлял?");
  });
});

describe("the engine", () => {
  it.each([
    ["объясни новость как для нашей бабули", "summary"],
    ["перескажи попонятнее", "summary"],
    ["в чем соль текста, по-пацански", "summary"],
  ])("reads '%s' as the story in brief", (q, kind) => {
    expect(ask(q).kind).toBe(kind);
  });

  it.each([
    ["путин с шольцем обсуждал войну по телефону?", "putin-erdogan-call"],
    ["по статье путин звонит эрдогану или макрону?", "putin-erdogan-call"],
    ["как завут пресс-секретаря кремля", "who-is-peskov"],
    ["Эрдоган это же египетский президент, да?", "who-is-erdogan"],
  ])("answers '%s' with %s", (q, id) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe(id);
  });

  it.each([
    "перескажи как для моей бабушки про биткоин",
    "кто выиграл выборы во франции, макрон или ле пен?",
    "как завут твою собаку",
  ])("still refuses '%s'", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
