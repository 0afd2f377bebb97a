// quality50ru's Russian kinds (wave CA: blind-ru96), in phrasings of our own: the mention asked as a statement
// (russian/mention-plain.ts), the call's matter owned (owned-points-call-matter.ts), a person's title asked with «как
// … назван» (russian/named-as.ts), the sides «по разные стороны» (russian/sides-apart.ts), the article's lead before a
// dash (russian/article-lead-dash.ts), and through the dialogue: an unmentioned event refused
// (dialogue/unmentioned-event-ru.ts), «Amerika» left as typed (dialogue/party-typos.ts), «ситуацию в Газе» as the
// conflict (dialogue/call-topic.ts).
import { describe, expect, it } from "vitest";
import { withoutArticleLeadDash } from "../../src/answering/russian/article-lead-dash.js";
import { withPlainMentionAsked } from "../../src/answering/russian/mention-plain.js";
import { withNamedAsTitle } from "../../src/answering/russian/named-as.js";
import { withSidesApartAsSides } from "../../src/answering/russian/sides-apart.js";
import { askOnce } from "../helpers/dialogue.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";
import { itHoldsProbeFloors, opening } from "../helpers/probe-floors.js";

describe("Russian readers of quality50ru", () => {
  it("reads the mention asked plainly as «упоминается ли …»", () => {
    expectRows(withPlainMentionAsked, [
      ["турция упоминается в статье?", "упоминается ли турция в статье?"],
      ["в тексте упоминается евросоюз?", "упоминается ли евросоюз в тексте?"],
      ["а оон упоминается в статье?", "а упоминается ли оон в статье?"],
    ]);
    expectUnchanged(withPlainMentionAsked, [
      "упоминается ли турция в статье?",
      "турция упоминается в статье",
    ]);
  });
  it("reads «как … назван X» as «кем …», the afterthought off; a thing's name is left", () => {
    expectRows(withNamedAsTitle, [
      ["Как в статье назван Песков?", "кем в статье назван Песков?"],
      ["Как называют Пескова в статье?", "кем называют Пескова в статье?"],
      ["Кто такой Эрдоган, как его называет статья?", "Кто такой Эрдоган?"],
    ]);
    expectUnchanged(withNamedAsTitle, ["Как называется квартет?", "Как Песков назвал роль Кремля?"]);
  });
  it("reads «стоит по разные стороны» as the sides; a side taken is left", () => {
    expectRows(withSidesApartAsSides, [
      ["Кто находится по обе стороны конфликта?", "Кто стороны конфликта?"],
    ]);
    expectUnchanged(withSidesApartAsSides, ["Кто стоит на стороне Израиля?", "Кто воюет по разные стороны?"]);
  });
  it("takes the article's lead before a dash off", () => {
    expectRows(withoutArticleLeadDash, [
      ["А в статье что написано — с кем у Москвы хорошие отношения?", "с кем у Москвы хорошие отношения?"],
      ["Что в статье — кто виноват?", "кто виноват?"],
    ]);
    expectUnchanged(withoutArticleLeadDash, ["Что написано в статье?", "Путин — кого он винит?"]);
  });
});

describe("the kinds, answered", () => {
  it("finds the cards", { timeout: 120_000 }, () => {
    expectEntries([
      ["Как в тексте назван Эрдоган?", "who-is-erdogan"],
      ["Кто стоит по разные стороны конфликта, с которыми общается Россия?", "kremlin-contact-both-sides"],
      ["А что в статье — с кем у России хорошие отношения?", "russia-impartial-mediator"],
    ]);
  });
  it("owns Да for the mention and for the call's matter, never for another matter", () => {
    expectRows(opening, [
      ["В статье упоминается сектор Газа?", "Да."],
      ["Эрдоган с Путиным обсуждали обстановку в секторе Газа?", "Да."],
      ["Putin i Erdogan obsuzhdali situaciyu v Izraile?", "Да."],
    ]);
    expect(opening("Путин и Эрдоган обсуждали поставки газа?")).not.toBe("Да.");
    expect(opening("Путин и Эрдоган обсуждали ситуацию на Украине?")).not.toBe("Да.");
    expect(opening("Путин и Эрдоган не обсуждали войну?")).not.toBe("Да.");
  });
});

describe("the kinds through the dialogue", () => {
  it("refuses an event the article never mentions, asked of its parties; a stance keeps its card", () => {
    for (const q of [
      "Вывозят ли граждан России из сектора Газа?",
      "Путин принимал делегацию ХАМАС в Москве?",
    ])
      expect(askOnce(q).answer.answered, q).toBe(false);
    expect(askOnce("песков хвалил сша?").answer.answered).toBe(true);
  }, 120_000);
  it("keeps the engine's Да on a transliterated question and on the situation in Gaza", () => {
    expect(askOnce("Putin dumaet chto Amerika vinovata?").verdict).toBe("yes");
    expect(askOnce("Путин и Эрдоган обсуждали ситуацию в Газе?").verdict).toBe("yes");
  }, 120_000);
});

describe("the probes of the kind (first run on base 430da243: ru99 40.0% / 87.5% engine, 50.0% / 75.0% through npm run ask)", () => {
  itHoldsProbeFloors([["probes-ru99.jsonl", 0.93, 0.95, 0.87]]);
});
