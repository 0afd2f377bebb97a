// The kinds of Russian wording quality-ru6 fixed: a speaker "mentioning" as saying, a leading "когда …," clause that
// sets the scene for a question, message nouns (месседж, посыл, послание) with "послал/в адрес", and the
// consequences of failed policy as the article's conclusion. Each asks in words of its own, not a question set's line.
import { describe, expect, it } from "vitest";
import { normaliseRussianWords } from "../../src/answering/russian/normalise.js";
import { ask, expectAnswered, expectNotAnswered } from "../helpers/answering-detected.js";

describe("Russian question shapes (quality-ru6 causes)", () => {
  it.each([
    ["Какие уступки упоминает Путин?", "us-monopolizing-peace"],
    ["Когда Путин позвонил турецкому президенту, к чему он призвал?", "putin-erdogan-call"],
    ["Когда Путин критиковал Вашингтон, в чём он его упрекнул?", "putin-on-us"],
    ["Какой посыл у Путина в адрес Штатов?", "putin-on-us"],
    ["Какое послание Путин адресует Америке?", "putin-on-us"],
    ["К каким последствиям привела политика на Ближнем Востоке?", "article-conclusion"],
    ["последствия провальной политики, что в статье", "article-conclusion"],
  ])("answers '%s' from %s", (q, id) => {
    expectAnswered(q, id);
  });

  it("keeps the article's mentioning and 'не упомянул' as they are", () => {
    expect(normaliseRussianWords("какие жертвы упоминает статья")).toContain("упоминает");
    expect(normaliseRussianWords("что путин не упомянул")).toContain("упомянул");
    expect(normaliseRussianWords("какие уступки упоминает путин")).not.toContain("упоминает");
  });

  it("still asks the time when 'когда' is the question ('когда Путин говорил с Эрдоганом?')", () => {
    expect(normaliseRussianWords("когда путин говорил с эрдоганом")).toContain("когда");
    expect(normaliseRussianWords("Когда Путин говорил с Эрдоганом, что он сказал?")).not.toContain("когда");
    expect(ask("Когда Путин говорил с Эрдоганом?").entry?.id).toBe("when-it-happened");
  });

  it("keeps sending troops a question about troops ('послал' is glue)", () => {
    expectNotAnswered("Путин послал войска?", "russia-military-involvement");
  });
});
