// The kinds quality-ru23 fixed, in words of our own: another form of the asked verb than the knowledge base writes
// (создавали, признавал, вёл/вели), what someone "имеет в виду" asked, an either/or with "или" whose one side is
// the article's, and a long polite message with the asker's story before two questions. Guards: an unknown topic
// stays refused whatever the verb's form, an either/or over unknown names stays unanswered, a short lead-in and a
// "так ли это?" about the story keep the story.
import { describe, expect, it } from "vitest";
import { sidesOf } from "../../src/answering/either-or.js";
import { withoutMeantWords } from "../../src/answering/russian/meant-words.js";
import { rambleQuestionOf } from "../../src/answering/russian/ramble-question.js";
import { russianVerbVariant } from "../../src/answering/russian/verb-forms.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("another form of the asked verb (russian/verb-forms.ts)", () => {
  it.each([
    ["создавали", "создали"],
    ["признавал", "признал"],
    ["передаваться", "передаться"],
    ["вел", "ведет"],
    ["вели", "ведет"],
    ["провёл", "проведет"],
  ])("%s -> %s", (word, variant) => {
    expect(russianVerbVariant(word)).toBe(variant);
  });

  it("leaves other words", () => {
    for (const w of ["давление", "ставка", "великий", "новелла", "квартет"])
      expect(russianVerbVariant(w)).toBeNull();
  });

  it.each([
    ["с какой целью создавался квартет", /содейств|переговор/],
    ["зачем вообще создавали квартет", /содейств|переговор/],
    ["как, по мнению путина, америка вела мирный процесс", /монопол|компромисс/],
    ["почему путин считает, что штаты неправильно вели мирный процесс", /монопол|компромисс/],
  ])("answers '%s'", (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(expected);
  });

  it("still refuses a topic the article does not have", () => {
    expect(ask("зачем создавали нато").answered).toBe(false);
  });
});

describe("what someone means asked (russian/meant-words.ts)", () => {
  it("takes the words of meaning off the question only", () => {
    expect(withoutMeantWords("Какие компромиссы Путин имеет в виду?")).toBe("какие компромиссы путин");
    expect(withoutMeantWords("что подразумевается под урегулированием")).toBe("что под урегулированием");
    expect(withoutMeantWords("мид региональные игроки")).toBe("мид региональные игроки");
  });

  it.each([
    ["о каких компромиссах путин говорит, что он имеет в виду", /компромисс/],
    ["что путин подразумевает под компромиссами", /компромисс/],
    ["какие компромиссы имел в виду президент россии", /компромисс/],
  ])("answers '%s' with Putin's compromises, not the ministry's players", (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.entry?.id).not.toBe("regional-players-named");
    expect(a.answer).toMatch(expected);
  });

  it("keeps the ministry's players asked as such", () => {
    expect(ask("каких соседей по региону имеет в виду мид").entry?.id).toBe("regional-players-named");
  });
});

describe("an either/or with 'или' (either-or.ts)", () => {
  it("splits at one 'или'", () => {
    expect(sidesOf("путин просил о перемирии или о чём-то ещё?")).toEqual([
      "путин просил о перемирии",
      "о чём-то ещё",
    ]);
    expect(sidesOf("путин или песков или эрдоган")).toBeNull();
  });

  it("answers the side the article has", () => {
    const a = ask("путин что-то сказал про мирные переговоры или только про огонь");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/переговор/);
  });

  it("leaves sides the article does not have unanswered", () => {
    expect(ask("путин что-то говорил про китай или только про индию").answered).toBe(false);
  });
});

describe("a long polite message with the asker's story before its questions (russian/ramble-question.ts)", () => {
  const message =
    "Добрый вечер! Простите за беспокойство, я новости почти не смотрю, но сосед утверждает, что Путин на днях " +
    "долго разговаривал с каким-то президентом и сильно ругал Штаты. С кем он говорил и за что он ругал Штаты? " +
    "Буду очень благодарна";

  it("keeps the questions and puts the story's one person for 'он'", () => {
    expect(rambleQuestionOf(message)).toBe("С кем Путин говорил и за что он ругал Штаты?");
  });

  it("leaves short messages, a 'так ли это?' about the story and English", () => {
    expect(rambleQuestionOf("Путин звонил Эрдогану. Зачем?")).toBeNull();
    expect(
      rambleQuestionOf(
        "Здравствуйте! Мой дядя уверяет, что Россия целиком на стороне палестинцев и больше ни с кем не общается. Так ли это по статье?",
      ),
    ).toBeNull();
    expect(
      rambleQuestionOf(
        "Hi there! My colleague keeps saying Putin blamed America for everything in a call with someone. Who did he call and what did he say?",
      ),
    ).toBeNull();
  });

  it("answers both questions through the dialogue layer", () => {
    const [turn] = playChat([message], { lang: "ru" });
    const texts = turn!.replies.map((r) => answerOf(r).answer.answer).join(" ");
    expect(texts).toMatch(/Эрдоган/);
    expect(texts).toMatch(/провал|монопол|палестин/);
  });
});
