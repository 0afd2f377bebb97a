// The kinds quality-ru43 fixed, in words of our own: the story's names in Latin letters and Russia's slang names
// inside Russian; the spread of the crisis in other verbs; a call checked with the party first and a tag after; a
// ministry of another kind in the Foreign Ministry's place; wanting the fighting to go on "до победы"; summaries in
// chat words; Russian keywords in Latin letters; a ramble whose question asks what its story left open or whose
// "он" is the ministry named before. Guards: strangers, off-topic asks and English questions stay as they were.
import { describe, expect, it } from "vitest";
import { asRussianCallKeywords } from "../../src/answering/russian/call-keywords.js";
import { withRussianNames } from "../../src/answering/russian/latin-names.js";
import { withMinistryPlayersRegional } from "../../src/answering/russian/ministry-position.js";
import { phonedPartyRu } from "../../src/answering/russian/phone-check.js";
import { rambleQuestionOf } from "../../src/answering/russian/ramble-question.js";
import { holdsTransliteratedWords } from "../../src/answering/russian/translit-words.js";
import { withoutWrongParty } from "../../src/answering/wrong-party.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("the readers (units)", () => {
  it("puts the story's Latin names and the slang names in Cyrillic, and only in a Russian question", () => {
    expect(withRussianNames("что думает Foreign Ministry про рашку")).toBe("что думает МИД про россия");
    expect(withRussianNames("кто в Quartet")).toBe("кто в квартет");
    expect(withRussianNames("what did the Foreign Ministry say")).toBe("what did the Foreign Ministry say");
  });

  it("reads a call checked with the party first and a tag after", () => {
    expect(phonedPartyRu("путин ведь с трампом по телефону общался, да?")).toBe("трампом");
    expect(phonedPartyRu("путин с кем говорил по телефону")).toBeNull();
  });

  it("reads another ministry as a ministry, with the kind as the wrong party", () => {
    const read = withoutWrongParty("это минобороны говорило про диалог?", "ru", () => null);
    expect(read?.rest).toBe("это министерство говорило про диалог");
    expect(read?.party).toBe("минобороны");
  });

  it("reads the call's keywords beside Erdogan as the call; his view asked stays", () => {
    expect(asRussianCallKeywords("эрдоган перемирие")).toBe("эрдоган перемирие путин");
    expect(asRussianCallKeywords("эрдоган мнение перемирие")).toBe("эрдоган мнение перемирие");
    expect(asRussianCallKeywords("эрдоган президент")).toBe("эрдоган президент");
  });

  it("reads the ministry's bare 'игроки' as its regional players, but not 'какие игроки'", () => {
    expect(withMinistryPlayersRegional("мид про игроков")).toBe("мид про региональных игроков");
    expect(withMinistryPlayersRegional("какие игроки у мида")).toBe("какие игроки у мида");
  });

  it("tells Russian keywords in Latin letters from English words and story names", () => {
    const unknownToEnglish = () => false;
    expect(holdsTransliteratedWords("putin rossiya provalnaya politika", unknownToEnglish)).toBe(true);
    expect(holdsTransliteratedWords("putin hamas gaza", unknownToEnglish)).toBe(false);
    expect(holdsTransliteratedWords("russian diaspora in israel", unknownToEnglish)).toBe(false);
  });

  it("fills a ramble's question with the story's clause it asks about", () => {
    const ramble =
      "Брат весь вечер рассказывал новости, я мало что понял и запутался окончательно. Он сказал, что Путин с кем-то созванивался насчёт Газы. С кем же и зачем?";
    expect(rambleQuestionOf(ramble)).toMatch(/^с кем Путин созванивался насчет Газы, С кем же/);
  });
});

describe("through the engine", () => {
  it.each([
    ["в Quartet помимо рашки кто состоит?", "quartet-members"],
    ["что Kremlin хочет в плане урегулирования?", "kremlin-settlement-role"],
    ["Foreign Ministry россии чего хочет?", "foreign-ministry-position"],
    ["есть ли страх, что война расползётся по региону?", "crisis-spread-fears"],
    ["путин ведь с трампом по телефону общался, да?", "putin-erdogan-call"],
    ["Путин призывал воевать до победы?", "ceasefire-call"],
    ["Это генштаб заявлял про координацию региональных игроков?", "foreign-ministry-position"],
    ["перемирие erdogan", "putin-erdogan-call"],
    ["putin rossiya provalnaya politika ssha", "us-policy-failure"],
  ])("answers '%s'", (q, id) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.entry?.id).toBe(id);
  });

  it.each([
    "лень читать простыню, накидай суть",
    "сократи текст до двух предложений",
    "распиши главное в трёх пунктах",
  ])("gives the story in brief for '%s'", (q) => {
    expect(ask(q).kind).toBe("summary");
  });

  it.each([
    "кто входит в NATO кроме раши?",
    "Минобороны РФ что сообщает об Украине?",
    "На работе скучно, все ушли обедать. Какой курс доллара сегодня?",
    "putin ukraina sankcii",
    "выжимку матча Спартак Зенит дай",
  ])("still refuses '%s'", (q) => {
    expect(ask(q).answered).toBe(false);
  });

  it("keeps English questions naming the US in English", () => {
    const a = ask("putin blames america");
    expect(a.lang ?? "en").toBe("en");
    expect(a.entry?.id).toBe("putin-blames-us");
  });
});
