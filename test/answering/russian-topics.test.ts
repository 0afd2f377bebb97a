// The kinds of Russian wording quality-ru4 found missed (blind-ru5): a topic after "про"/"о"/"насчёт" the article
// never covers beside a known name, a party after "про" taken for the speaker, plain-words asides and chat
// fillers, a colloquial word for the violence flaring. Each asks in words of its own, not a question set's line.
import { describe, expect, it } from "vitest";
import { ask, expectAnswered, expectNotAnswered, expectRefused } from "../helpers/answering-detected.js";

describe("Russian topics and asides (quality-ru4 causes)", () => {
  it.each([
    "что Песков говорил насчёт пенсионной реформы",
    "Путин о ценах на газ",
    "Эрдоган про туризм",
    "позиция Кремля по криптовалюте",
    "упомянул ли Путин олимпиаду",
  ])("refuses a topic the article never covers, beside a known name: %s", (q) => {
    const a = expectNotAnswered(q);
    expect(a.kind, q).not.toBe("ambiguous");
  });

  it.each([
    ["что Путин говорил про Вашингтон", "putin-on-us"],
    ["Путин насчёт Анкары что говорил", "putin-erdogan-call"],
  ])("keeps a known topic after 'про' answered: %s", (q, id) => {
    expectAnswered(q, id);
  });

  it("reads a party after 'про' beside a saying word as the topic, not the speaker", () => {
    expectAnswered("Putin про Америку что заявил", "putin-on-us");
  });

  it("still meets a party in a speaker's place with the article's gap", () => {
    expectRefused("что Америка сказала про Путина", "not-in-article");
  });

  it.each(["тл;др пж", "tl;dr пожалуйста", "по-человечески, о чём это"])(
    "reads %s as asking for the summary",
    (q) => {
      expect(ask(q).kind).toBe("summary");
    },
  );

  it("answers the question beside a plain-words aside", () => {
    expectAnswered("простыми словами, чего хочет Путин", "what-putin-wants");
  });

  it("reads 'полыхнуло' as the violence flaring up, and 'вновь' as glue", () => {
    const a = expectAnswered("кто, по словам Путина, виноват, что вновь полыхнуло");
    expect(a.answer).toMatch(/США|Вашингтон/);
  });
});
