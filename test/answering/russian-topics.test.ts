// The kinds of Russian wording quality-ru4 found missed (blind-ru5): a topic after "про"/"о"/"насчёт" the article
// never covers beside a known name, a party after "про" taken for the speaker, plain-words asides and chat
// fillers, a colloquial word for the violence flaring. Each asks in words of its own, not a question set's line.
import { describe, expect, it } from "vitest";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("Russian topics and asides (quality-ru4 causes)", () => {
  it.each([
    "что Песков говорил насчёт пенсионной реформы",
    "Путин о ценах на газ",
    "Эрдоган про туризм",
    "позиция Кремля по криптовалюте",
    "упомянул ли Путин олимпиаду",
  ])("refuses a topic the article never covers, beside a known name: %s", (q) => {
    const a = ask(q);
    expect(a.answered, q).toBe(false);
    expect(a.kind, q).not.toBe("ambiguous");
  });

  it.each([
    ["что Путин говорил про Вашингтон", "putin-on-us"],
    ["Путин насчёт Анкары что говорил", "putin-erdogan-call"],
  ])("keeps a known topic after 'про' answered: %s", (q, id) => {
    const a = ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.entry?.id, q).toBe(id);
  });

  it("reads a party after 'про' beside a saying word as the topic, not the speaker", () => {
    const a = ask("Putin про Америку что заявил");
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe("putin-on-us");
  });

  it("still meets a party in a speaker's place with the article's gap", () => {
    const a = ask("что Америка сказала про Путина");
    expect(a.answered).toBe(false);
    expect(a.reason).toBe("not-in-article");
  });

  it.each(["тл;др пж", "tl;dr пожалуйста", "по-человечески, о чём это"])(
    "reads %s as asking for the summary",
    (q) => {
      expect(ask(q).kind).toBe("summary");
    },
  );

  it("answers the question beside a plain-words aside", () => {
    const a = ask("простыми словами, чего хочет Путин");
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe("what-putin-wants");
  });

  it("reads 'полыхнуло' as the violence flaring up, and 'вновь' as glue", () => {
    const a = ask("кто, по словам Путина, виноват, что вновь полыхнуло");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/США|Вашингтон/);
  });
});
