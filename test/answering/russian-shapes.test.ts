// The kinds of Russian wording quality-ru5's probes (ru-own8–10) found missed: indefinite pronouns read as question
// words, "где/когда всё это происходит" naming no topic, hearsay and tags around a question, chatter parts of a long
// message outranking the part that asks, "в итоге" beside wanting, taking sides, and questions routed as claims.
// Each asks in words of its own, not a question set's line.
import { describe, expect, it } from "vitest";
import { normaliseRussianWords } from "../../src/answering/russian/normalise.js";
import { looksLikeClaim } from "../../src/claims/index.js";
import { ask, expectAnswered } from "../helpers/answering-detected.js";

describe("Russian question shapes (quality-ru5 causes)", () => {
  it.each([
    ["какую-то", "какую-то роль кремль хочет играть"],
    ["кто-нибудь", "кто-нибудь из кремля высказывался"],
    ["что-либо", "сказал ли путин что-либо о роли россии"],
  ])("drops the indefinite pronoun %s instead of reading a question word", (pronoun, q) => {
    const words = normaliseRussianWords(q);
    expect(words.join(" ")).not.toContain(pronoun.split("-")[0]);
  });

  it.each([
    ["где это всё творится", "conflict-location", true],
    ["а где именно это было", "conflict-location", true],
    ["когда всё это случилось", "when-it-happened", false],
  ])("reads '%s' as the story's place or time", (q, id, answered) => {
    const a = ask(q);
    expect(a.entry?.id, q).toBe(id);
    expect(a.answered, q).toBe(answered);
  });

  it("keeps a named place a topic ('где находится Анкара' is not the story's place)", () => {
    expect(normaliseRussianWords("где находится анкара")).not.toContain("место");
  });

  it.each([
    ["слыхал, что Кремль хочет помочь с урегулированием, верно?", "kremlin-settlement-role"],
    ["Москва старается казаться беспристрастной?", "russia-impartial-mediator"],
    ["чего Путин добивается в итоге, чего хочет", "what-putin-wants"],
    ["с чьей стороны Москва в этой войне", "is-russia-neutral"],
  ])("answers hearsay, trying and 'after all' by what is asked: %s", (q, id) => {
    expectAnswered(q, id);
  });

  it("still reads 'в итоге' alone as the article's conclusion", () => {
    expect(ask("и что в итоге?").entry?.id).toBe("article-conclusion");
  });

  it("answers a long message by its asking part, not by a list of names in its chatter", () => {
    const a = expectAnswered(
      "Короче, друзья спорят, там и Путин, и Эрдоган, и Песков, какой-то квартет ещё, а я хочу понять, что Путин говорит насчёт интересов палестинцев?",
    );
    expect(["us-ignores-palestinian-interests", "palestinian-state"]).toContain(a.entry?.id);
  });

  it.each([
    "Вашингтон всё решает сам? что по этому поводу думает Путин",
    "песков чё сказал про кремль и урегулирование вообще",
    "квартет и роль россии в мирном процессе, что пишут",
  ])("sends a Russian question to the Q&A path, not the claim checker: %s", (q) => {
    expect(looksLikeClaim(q)).toBe(false);
  });

  it("still checks a Russian statement as a claim", () => {
    expect(
      looksLikeClaim("Песков заявил, что Кремль хочет сыграть конструктивную роль в урегулировании."),
    ).toBe(true);
  });
});
