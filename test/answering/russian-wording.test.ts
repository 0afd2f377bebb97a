// The kinds of Russian wording quality-ru3 found missed (ru-own5, ru-own6): periphrases, a party the article never
// quotes in a speaker's place, summaries in other words, verb forms the stemmer parts from their lemma, typos
// that end like verbs, transliteration. Each asks in words of its own, not a question set's line.
import { describe, expect, it } from "vitest";
import { isCommonRussian, isListedRussian } from "../../src/answering/russian/dictionary.js";
import { fromTranslit } from "../../src/answering/russian/normalise.js";
import { ask, expectAnswered, expectNotAnswered, expectRefused } from "../helpers/answering-detected.js";

describe("Russian wording (quality-ru3 causes)", () => {
  it.each([
    ["руководителю какого государства звонил Путин", "putin-erdogan-call"],
    ["помимо перемирия чего ещё требует российский лидер", "ceasefire-call"],
    ["в какое международное объединение входит Москва", "quartet-members"],
    ["какой диалог нужен по мнению российских дипломатов", "foreign-ministry-position"],
    ["какой подход к миру предлагает автор", "how-to-resolve"],
  ])("answers a periphrasis or a 'which X' question: %s", (q, id) => {
    expectAnswered(q, id);
  });

  it("reads 'озвучил' as saying: the press secretary's statements", () => {
    const a = expectAnswered("что озвучил кремлёвский пресс-секретарь");
    expect(a.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(["Dmitry Peskov"]));
  });

  it("does not answer what Hamas said with the Kremlin's words", () => {
    expectNotAnswered("что ответили в ХАМАС на слова Кремля");
  });

  it.each([
    "что ответили в ХАМАС Москве",
    "как израильтяне отреагировали на призыв Путина",
    "какова реакция Вашингтона на критику",
    "одобрили ли США предложение Москвы",
  ])("meets a party the article never quotes, in a speaker's place, with the article's gap: %s", (q) => {
    expectRefused(q, "not-in-article");
  });

  it("keeps a party after 'о'/'про' a topic, and a Palestinian state a thing, not a party", () => {
    expect(ask("что говорится в статье о ХАМАС").entry?.id).toBe("hamas-in-article");
    expectAnswered("какая позиция России насчёт палестинского государства");
  });

  it.each([
    "обрисуй ситуацию вкратце",
    "в чём соль заметки",
    "какая главная мысль текста",
    "суммируй прочитанное",
    "дай общую картину",
  ])("reads %s as asking for the summary", (q) => {
    expect(ask(q).kind).toBe("summary");
  });

  it("gives the summary for a long message whose only question asks for the story in brief", () => {
    const a = ask(
      "привет, мне завтра на семинаре рассказывать про эту новость, а времени читать совсем нет, можешь в двух словах объяснить что там главное",
    );
    expect(a.kind).toBe("summary");
    expect(a.readAs).toBeDefined();
  });

  it("takes slang for the story's ideas", () => {
    expect(ask("на кого наехал путин").entry?.id).toMatch(
      /^(?:putin-on-us|putin-blames-us|us-monopolizing-peace)$/,
    );
    expect(ask("кто рулит мирным процессом, по словам путина").entry?.id).toBe("us-monopolizing-peace");
  });

  it("knows verb forms the stemmer parts from their lemma as words, and names still as names", () => {
    for (const w of ["упрекнул", "рухнул", "заморожен", "осуждена"]) expect(isCommonRussian(w), w).toBe(true);
    for (const w of ["байден", "нетаньяху", "путен", "зеленский"]) expect(isCommonRussian(w), w).toBe(false);
    expectAnswered("путин упрекнул вашингтон?");
  });

  it("corrects a typo that only ends like a verb, and leaves a listed word alone", () => {
    expect(isCommonRussian("квортет")).toBe(true); // no name: the gate lets it through
    expect(isListedRussian("квортет")).toBe(false); // no listed word: typo correction may fix it
    expect(ask("квортет кто туда входит").entry?.id).toBe("quartet-members");
  });

  it("reads 'в связи с' as glue and 'по версии X' as X's view", () => {
    expect(ask("какие страхи в связи с обострением").entry?.id).toBe("crisis-spread-fears");
    expect(ask("по версии автора, какой нужен подход к урегулированию").entry?.id).toBe("how-to-resolve");
  });

  it("reads 'y' after a vowel as 'й' in transliterated Russian", () => {
    expect(fromTranslit("neytralna")).toBe("нейтрална");
    expect(fromTranslit("voyna")).toBe("война");
    expectAnswered("kreml neytralen?");
  });

  it("reads transliterated questions that start with 'chego' or name the Kremlin", () => {
    expectAnswered("chego hochet moskva");
  });
});
