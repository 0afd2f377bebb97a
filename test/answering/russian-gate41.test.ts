// The kinds quality-ru41 fixed, in words of our own: a country the article never names in any case form (the
// dictionary took "китая" for a whale's), "гнуть линию" as a position held, an English word given a Russian ending,
// the calque "контроверсия", a glued preposition and ь for ъ, summaries in unusual words (squeezing it into a tweet,
// "как пятилетке"), and the article's own gist asked of "этого текста". Guards: on-topic countries stay answered, a
// size beside a stranger is no summary, a verb near "линию" without it is left alone.
import { describe, expect, it } from "vitest";
import { namesForeignPlace } from "../../src/answering/russian/foreign-places.js";
import { plainIdioms } from "../../src/answering/russian/idioms.js";
import { normaliseRussianWords } from "../../src/answering/russian/normalise.js";
import { gistAskedOf } from "../../src/dialogue/gist-asked.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("a country the article never names (russian/foreign-places.ts)", () => {
  it.each(["китая", "китаю", "пекин", "иранская", "франции", "египта", "сирией", "индии"])(
    "reads '%s' as a place",
    (w) => expect(namesForeignPlace(w)).toBe(true),
  );
  it.each(["кит", "вместе", "индивидуальный", "сторона", "иранов"])("leaves '%s' alone", (w) =>
    expect(namesForeignPlace(w)).toBe(false),
  );

  it.each([
    "какова позиция китая насчет войны израиля с хамасом",
    "что думает пекин о прекращении огня",
    "иранцы поддерживают палестинцев?",
    "в двух словах: позиция индии",
  ])("refuses '%s' though it names story words beside it", (q) => {
    expect(ask(q).answered).toBe(false);
  });

  it.each([
    ["с кем говорил путин по телефону", "putin-erdogan-call"],
    ["в двух словах: позиция мида", "foreign-ministry-position"],
  ])("still answers '%s'", (q, id) => {
    expect(ask(q).entry?.id).toBe(id);
  });
});

describe("colloquial and borrowed words", () => {
  it("reads 'гнуть линию' as a position, and only beside 'линию'", () => {
    expect(plainIdioms(["какую", "линию", "гнет", "мид"])).toEqual(["какую", "позиция", "мид"]);
    expect(plainIdioms(["путин", "гнет", "спину"])).toEqual(["путин", "гнет", "спину"]);
    expect(ask("какую линию держит министерство иностранных дел").entry?.id).toBe(
      "foreign-ministry-position",
    );
  });

  it("drops a Russian ending from an English word, spells ъ and splits a glued preposition", () => {
    expect(normaliseRussianWords("быть mediator-ом")).toEqual(["быть", "mediator"]);
    expect(normaliseRussianWords("обьявил")).toEqual(["объявил"]);
    expect(normaliseRussianWords("очем статья")).toEqual(["о", "чем", "статья"]);
    expect(ask("кремль хочет стать mediator-ом для сторон?").entry?.id).toBe("russia-impartial-mediator");
    expect(ask("скем общался путин по телефону").entry?.id).toBe("putin-erdogan-call");
  });

  it("answers the calque 'контроверсия' with the disputed role", () => {
    expect(ask("есть ли контроверсия вокруг роли москвы").entry?.id).toBe("russia-role-controversy");
  });
});

describe("summaries in unusual words", () => {
  it.each([
    "если совсем ужать, о чём эта новость?",
    "перескажи так, чтобы влезло в один твит",
    "выжимка в одно сообщение",
    "какая ключевая идея этой статьи",
  ])("answers '%s' with the summary", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.kind).toBe("summary");
  });

  it("reads an audience in the dative as glue beside a topic", () => {
    expect(ask("растолкуй как первокласснику, чего добивается кремль").entry?.id).toBe(
      "kremlin-settlement-role",
    );
  });

  it("leaves the article's own gist to the summary, a thing of the story to the gist reader", () => {
    expect(gistAskedOf("в чём главная мысль этого текста")).toBeNull();
    expect(gistAskedOf("в чём главный посыл этой статьи")).toBeNull();
    expect(gistAskedOf("в чём был главный посыл разговора")).toBe("о чём шла речь в ходе разговора?");
  });
});
