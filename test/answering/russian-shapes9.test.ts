// The kind quality-ru9 fixed: a short message that opens with a lead-in clause (who asks, why, a doubt) closed by a
// colon, a full stop or a dash, and asks after it — read for what it asks, also when English words ride along. In
// words of our own; guards: an unbroken question and a lead-in before an off-topic question are unchanged.
import { describe, expect, it } from "vitest";
import { stretchesOf } from "../../src/answering/long-message.js";
import { expectAnswered, expectNotAnswered } from "../helpers/answering-detected.js";

describe("short messages with a lead-in clause (quality-ru9 cause)", () => {
  it.each([
    ["Коллега на работе интересуется: Россия кого поддерживает в этом конфликте?", "is-russia-neutral"],
    ["Читаю новости. Кто такой Песков?", "who-is-peskov"],
    ["Вопрос от друга: какую роль играет квартет?", "quartet-purpose"],
  ])("answers the question after the lead-in ('%s')", (q, id) => {
    expectAnswered(q, id);
  });

  it("cuts a short message only at a colon, a sentence end or a dash, not at a comma", () => {
    expect(stretchesOf("Сосед спрашивает: кто такой Песков?")).toEqual([
      "Сосед спрашивает",
      "кто такой Песков?",
    ]);
    expect(stretchesOf("Путин, Хамас и Израиль, что там?")).toEqual([]);
  });

  it("still refuses an off-topic question behind a lead-in", () => {
    expectNotAnswered("Друг спрашивает: какой сейчас курс биткоина?");
  });
});
