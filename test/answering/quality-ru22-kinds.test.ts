// The kinds quality-ru22 fixed, in words of our own: a story's name typed one letter short where the rest is a
// rare word's stem (путн), the office of one of the story's people asked (по должности, титул, кем назван), and
// the story asked by its size or shape (очень коротко, максимально сжато, подробно, тезисно, по пунктам). Guards:
// a real word a letter short of a name stays a word, an unknown person's office is refused, a size beside a topic
// is glue, a detailed plan is a topic.
import { describe, expect, it } from "vitest";
import { nameOneLetterShort } from "../../src/answering/russian/dropped-letter.js";
import { asRussianRoleAsked } from "../../src/answering/russian/role-asked.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("a story's name typed one letter short (russian/dropped-letter.ts)", () => {
  const names = new Set(["путин", "путина", "песков", "эрдоган"]);
  const isName = (w: string) => names.has(w);

  it("puts the letter back when the word is a bare stem", () => {
    expect(nameOneLetterShort("путн", "путн", isName)).toBe("путин");
  });

  it("leaves a word with an ending, a short word and a word no name is near", () => {
    expect(nameOneLetterShort("пути", "пут", isName)).toBeNull();
    expect(nameOneLetterShort("пут", "пут", isName)).toBeNull();
    expect(nameOneLetterShort("стол", "стол", isName)).toBeNull();
  });

  it.each([
    ["о чём договорился путн с турками", /erdogan|ceasefire|прекращени|эрдоган|переговор/i],
    ["за что путн критикует вашингтон", /монопол|провал|США|палестин/i],
    ["путн обеспокоен судьбой мирных жителей?", /обеспокоен|жертв/i],
  ])("answers '%s' about Putin", (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(expected);
  });

  it("still refuses an unknown name beside the mistyped one", () => {
    expect(ask("что путн сказал нетаньяху").answered).toBe(false);
  });
});

describe("the office of one of the story's people (russian/role-asked.ts)", () => {
  it.each([
    ["эрдоган по должности кто такой", "who-is-erdogan"],
    ["какой пост у эрдогана в этой статье", "who-is-erdogan"],
    ["какое звание у пескова", "who-is-peskov"],
    ["путин по тексту кем назван", "who-is-putin"],
    ["какой статус у владимира путина", "who-is-putin"],
  ])("reads '%s' as who the person is", (q, entryId) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe(entryId);
  });

  it("leaves a question that asks more than the office, or two people's", () => {
    expect(asRussianRoleAsked("кто по должности песков и что он заявил")).toBe(
      "кто по должности песков и что он заявил",
    );
    expect(asRussianRoleAsked("должности путина и эрдогана")).toBe("должности путина и эрдогана");
  });

  it.each(["какая должность у нетаньяху", "кем работает байден по статье"])(
    "refuses the office of someone the article does not name: '%s'",
    (q) => {
      expect(ask(q).answered).toBe(false);
    },
  );
});

describe("the story asked by its size or shape (russian/size-words.ts)", () => {
  it.each([
    "очень коротко что там происходит",
    "изложи суть максимально сжато",
    "расскажи подробно",
    "опиши обстановку во всех подробностях",
    "тезисно пересказ статьи",
    "по пунктам краткое содержание",
    "нужен подробный пересказ",
  ])("answers '%s' with the summary", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.kind).toBe("summary");
  });

  it("reads a size beside a topic as glue", () => {
    const a = ask("позиция россии по конфликту очень подробно");
    expect(a.kind).toBe("entry");
    expect(a.entry?.id).toBe("russia-position");
  });

  it("reads a detailed plan as a topic", () => {
    expect(ask("есть ли у кремля детальный план мира").entry?.id).toBe("russia-peace-plan-details");
  });

  it("refuses a size asked of a topic the article does not cover", () => {
    expect(ask("очень подробно про украину").answered).toBe(false);
  });
});
