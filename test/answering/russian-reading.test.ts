import { describe, expect, it } from "vitest";
import { LONG_MESSAGE_WORDS, partsOf } from "../../src/answering/long-message.js";
import { isCommonRussian } from "../../src/answering/russian/dictionary.js";
import { fromTranslit } from "../../src/answering/russian/normalise.js";
import { ask, expectAnswered, expectNotAnswered, expectRefused } from "../helpers/answering-detected.js";

describe("Russian reading (quality-ru2 causes)", () => {
  it.each([
    "тлдр",
    "коротко и ясно",
    "объясни по-простому",
    "объясни как для пятилетнего",
    "расскажи как ребенку",
    "про что текст",
    "o chem statya",
    "суть новости в паре предложений",
    "дай краткую сводку",
  ])("reads %s as asking for the summary", (q) => {
    expect(ask(q).kind).toBe("summary");
  });

  it("keeps a summary word beside a topic a question about the topic", () => {
    expect(ask("объясни для чайников почему путин винит сша").entry?.id).toBe("putin-blames-us");
  });

  it("reads short-stem case forms as words, a mistyped name still as a name", () => {
    for (const w of ["детей", "новый", "удалось"]) expect(isCommonRussian(w), w).toBe(true);
    expect(isCommonRussian("путен")).toBe(false);
    expect(ask("сколько детей погибло").entry?.id).toBe("casualty-figures");
  });

  it("turns 'chem' into 'чем', not 'чэм'", () => {
    expect(fromTranslit("o chem statya")).toBe("о чем статья");
  });

  it("reads 'с кем говорил X' as the conversation, not X's statements", () => {
    const a = ask("с кем говорил путин");
    expect(a.kind).toBe("entry");
    expect(a.entry?.id).toBe("putin-erdogan-call");
  });

  it("reads chat words as glue", () => {
    expect(ask("кто такой песков ваще").entry?.id).toBe("who-is-peskov");
    expectAnswered("ваще зачем путин звонил эрдогану");
  });

  it("prefers the named speaker's entry for a wh-question without a saying word", () => {
    expect(ask("чем озабочен мид").entry?.id).toBe("foreign-ministry-position");
    expect(ask("what is the foreign ministry concerned about").entry?.id).toBe("foreign-ministry-position");
  });

  it("refuses a personal detail whose word the story uses in another sense", () => {
    for (const q of ["какой рост у путина", "какое образование у путина"]) expectNotAnswered(q);
    expect(ask("рост числа жертв").entry?.id).toBe("putin-civilian-casualties");
    expectAnswered("образование квартета");
  });

  it("answers an outcome the article does not report with 'it doesn't say it happened'", () => {
    for (const q of ["перемирие уже заключили?", "переговоры уже возобновились?", "объявили перемирие?"]) {
      const a = expectRefused(q, "not-in-article");
      expect(a.answer, q).toMatch(/^В статье не сказано, что это уже произошло/);
      expect(a.answer, q).not.toMatch(/сказано: Да\./);
    }
    expectAnswered("Путин уже позвонил Эрдогану?");
  });

  it("meets 'растут опасения' (growing concerns) with the fears of spread", () => {
    expect(ask("отчего растут опасения").entry?.id).toBe("crisis-spread-fears");
  });

  it("reads 'новая волна насилия' and 'знак' as the latest surge and a sign", () => {
    expect(ask("что, по путину, показывает новая волна насилия").entry?.id).toBe("us-policy-failure");
    expect(ask("эскалация это знак чего").entry?.id).toBe("us-policy-failure");
  });
});

describe("a long message read in parts", () => {
  it("splits only long messages, at punctuation and chat's turning words", () => {
    expect(partsOf("что сказал песков")).toEqual([]);
    const long = "короче объясни мне нормально кремль хочет помогать или нет а то по телеку одно говорят";
    expect(long.split(" ").length).toBeGreaterThanOrEqual(LONG_MESSAGE_WORDS);
    expect(partsOf(long)).toContain("короче объясни мне нормально кремль хочет помогать или нет");
  });

  it("answers the part that asks, in Russian and English", () => {
    expect(
      ask(
        "слушай я тут читал новости и ничего не понял, мне друг говорит что путин кого-то там обвинил, кого он обвинил и за что вообще",
      ).entry?.id,
    ).toBe("putin-blames-us");
    expect(
      ask(
        "короче объясни мне нормально кремль хочет помогать или нет а то по телеку одно говорят а в интернете другое",
      ).entry?.id,
    ).toBe("kremlin-settlement-role");
    expect(
      ask(
        "I read something about putin yesterday and my friend says he blamed someone, but who did he actually blame and why",
      ).entry?.id,
    ).toBe("putin-blames-us");
  });

  it("keeps refusing when the part that asks is about something the article does not cover", () => {
    expectNotAnswered(
      "я вчера читал статью про путина и кремль, но скажи лучше какой сейчас курс биткоина и стоит ли его покупать",
    );
  });
});
