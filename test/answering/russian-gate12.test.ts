// The kinds quality-ru12 fixed, in words of our own: spelling by ear (о/а, е/и, doubled letters) beyond one edit,
// clipped words ("рос.", "пресс-сек"), a stem completion that does not go on as the word does, and why/how/when an
// unreported event happened beside one known name. Guards: the completions the stemmer needs still work; a known
// verb or a second known word keeps the question.
import { describe, expect, it } from "vitest";
import { expandClippedWords, RUSSIAN_ABBREVIATIONS } from "../../src/answering/russian/abbreviations.js";
import { russianSoundKey } from "../../src/answering/russian/sound-key.js";
import { StemIndex } from "../../src/answering/stem-index.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("spelling by ear (sound-key.ts)", () => {
  it("folds unstressed vowels and doubled letters, and nothing else", () => {
    expect(russianSoundKey("гавар")).toBe(russianSoundKey("говор"));
    expect(russianSoundKey("кампромис")).toBe(russianSoundKey("компромисс"));
    expect(russianSoundKey("пирегавор")).toBe(russianSoundKey("переговор"));
    expect(russianSoundKey("ботан")).not.toBe(russianSoundKey("болтан"));
  });

  it.each([
    ["Что Путин думает о пирегаворах?", /переговор|negotiat/],
    ["Кто гаварил с Эрдоганам по тилефону?", /Путин/],
  ])("answers '%s'", (q, pattern) => {
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.answer, q).toMatch(pattern);
  });
});

describe("clipped words (abbreviations.ts)", () => {
  it("reads a stub as its full word, never a word of its own", () => {
    expect(RUSSIAN_ABBREVIATIONS.рос).toBe("российского");
    expect(Object.keys(RUSSIAN_ABBREVIATIONS)).not.toContain("прав");
  });

  it("reads a stub that is a word too only with its dot before a lower-case word", () => {
    expect(expandClippedWords("кто эти регион. игроки?")).toBe("кто эти региональных игроки?");
    expect(expandClippedWords("Что в регионе? В регион. Где")).toBe("Что в регионе? В регион. Где");
  });

  it("finds the spokesman behind 'пресс-сек'", () => {
    const a = ask("О чём заявил пресс-сек Путина?");
    expect(a.answered).toBe(true);
    expect(a.quotes.some((q) => /Peskov/.test(q.speaker ?? ""))).toBe(true);
  });
});

describe("a stem completion goes on as the word does (stem-index.ts)", () => {
  const index = new StemIndex(["усилива", "располз"], (s) => s);
  it("completes a stem the stemmer cut short", () => {
    expect(index.complete("усил", "усилилось")).toBe("усилива");
  });
  it("does not complete into another word", () => {
    expect(index.complete("расп", "распался")).toBeNull();
  });
});

describe("why/how/when an unreported event happened (unknown-topic.ts)", () => {
  it.each(["Почему развалилась Югославия?", "Когда рухнул Советский Союз?", "Как основали Кремль?"])(
    "refuses '%s'",
    (q) => {
      expect(ask(q).answered, q).toBe(false);
    },
  );

  it("keeps a known verb beside the name", () => {
    expect(ask("Почему Путин винит США?").answered).toBe(true);
    expect(ask("Почему Путин критикует Вашингтон?").answered).toBe(true);
  });
});

describe("the reader's view asked, and the world as a place (opinion-glue.ts)", () => {
  it.each([
    ["Как тебе кажется, кого винит Путин?", /США|Вашингтон|политик/],
    ["По-вашему, какую роль хочет играть Кремль?", /конструктив/],
    ["Чего, на ваш взгляд, боятся по всему миру из-за этого кризиса?", /пределы|зон/],
  ])("answers '%s' as if the glue were not there", (q, pattern) => {
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.answer, q).toMatch(pattern);
  });
});
