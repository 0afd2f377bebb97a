// dialog51ru (session 44): a bare «из-за чего?» after an answer that gives a reason is "why?" of it (words-ru.ts);
// an unquoted person's proposal, promise or demand asked yes/no is not said (proposal-unquoted-ru.ts), while Putin's
// own call keeps its Да; the article's closing part asked as «заключительная / завершающая часть» is its conclusion
// (knowledge/ru/synonyms.json); the Quartet with the group first is the list's verdict (list-member.ts). Rows are our own phrasings, not of any set.
import { describe, it } from "vitest";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { expectChatRows, expectRows } from "../helpers/kind-table.js";

const ru = (messages: string[]) => lastAnswer(messages, "ru").answer.entry?.id ?? null;
const verdict = (q: string) => lastVerdict([q], "ru");

describe("a bare «из-за чего?» after an answer with a reason", () => {
  it("asks why of the last answer, not how the violence began", () => {
    expectChatRows(ru, [
      [["что связывает россию с израилем?", "из-за чего?"], "russia-impartial-mediator"],
      [["что связывает россию с израилем?", "а с чем это связано?"], "russia-impartial-mediator"],
      [["путин винит сша?", "из-за чего же?"], "us-policy-failure"],
    ]);
  }, 120_000);
});

describe("an unquoted person's proposal asked yes/no", () => {
  it("is not said of Erdogan, and keeps Putin's Да", () => {
    expectRows(verdict, [
      ["а эрдоган что-то предлагал?", "not-said"],
      ["эрдоган что-нибудь пообещал путину?", "not-said"],
      ["эрдоган что-то потребовал от путина?", "not-said"],
      ["путин предложил перемирие?", "yes"],
    ]);
  });
});

describe("the Quartet asked with the group first («в квартет входит X?»)", () => {
  it("is the list's Да for a listed member and Нет for one it does not name", () => {
    expectRows(verdict, [
      ["в квартет входит ЕС?", "yes"],
      ["в квартет входит евросоюз?", "yes"],
      ["в квартет входит китай?", "no"],
      ["в квартет входит бразилия?", "no"],
      ["россия входит в оон?", "not-said"],
    ]);
  });
});

describe("the article's closing part", () => {
  it("is the conclusion card", () => {
    expectChatRows(ru, [
      [["что сказано в заключительной части статьи?"], "article-conclusion"],
      [["какая мысль в завершающей части текста?"], "article-conclusion"],
    ]);
  });
});
