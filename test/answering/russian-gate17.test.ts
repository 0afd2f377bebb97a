// The kinds quality-ru17 fixed, in words of our own: blame put by hearsay on a party other than the US (read as
// whom Putin blames), "конкретно" beside a verb of demanding. Guards: the US named, another blamer, a US president
// the article never names; "конкретно" beside a verb of proposing keeps the plan the article lacks.
import { describe, expect, it } from "vitest";
import { readsAsEnglish } from "../../src/answering/english.js";
import { asRussianBlameCheck, checksOtherBlamed } from "../../src/answering/russian/blamed-party.js";
import { englishPhraseIn } from "../../src/answering/russian/english-phrase.js";
import { looksTransliterated } from "../../src/answering/russian/normalise.js";
import { withoutSpecificDemand } from "../../src/answering/russian/specific-demand.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("blame checked with another party (blamed-party.ts)", () => {
  it.each([
    "люди пишут, что путин обвинил в обострении сирию",
    "винит ли путин во всём палестинцев?",
    "кремль считает виноватым израиль?",
    "путин возлагает вину на египет, да?",
  ])("answers '%s' with whom Putin blames", (q) => {
    expect(checksOtherBlamed(q)).toBe(true);
    const a = ask(q);
    expect(a.kind).toBe("entry");
    expect(a.entry?.id).toBe("putin-blames-us");
  });

  it.each([
    "в чём путин винит штаты",
    "хамас винит путина?",
    "путин обвиняет трампа?",
    "путин винит?",
    "кто виноват в войне",
  ])("leaves '%s' as typed", (q) => {
    expect(asRussianBlameCheck(q)).toBe(q);
  });
});

describe("'конкретно' beside a verb of demanding (specific-demand.ts)", () => {
  it.each(["чего конкретно потребовал путин?", "к чему конкретнее призывает путин"])(
    "answers '%s' with what Putin wants",
    (q) => {
      const a = ask(q);
      expect(a.kind).toBe("entry");
      expect(JSON.stringify(a)).toMatch(/ceasefire/);
    },
  );

  it("keeps the word beside a verb of proposing", () => {
    expect(withoutSpecificDemand("что конкретно предлагает москва")).toBe("что конкретно предлагает москва");
    expect(withoutSpecificDemand("к чему конкретно призвал путин?")).toBe("к чему призвал путин?");
  });
});

describe("an English phrase of the article inside a Russian question (english-phrase.ts)", () => {
  it.each([
    ["как перевести open communication из статьи", /open communication/],
    ["не понял смысл слов former russian citizens", /former Russian citizens/],
  ])("answers '%s' from the phrase, in Russian", (q, quote) => {
    const a = ask(q);
    expect(a.kind).toBe("entry");
    expect(a.lang).toBe("ru");
    expect(JSON.stringify(a.quotes)).toMatch(quote);
  });

  it("leaves a question begun in English and a lone word alone", () => {
    expect(englishPhraseIn("What did Hamas ответил?", readsAsEnglish)).toBeNull();
    expect(englishPhraseIn("что значит blockchain", readsAsEnglish)).toBeNull();
    expect(englishPhraseIn("что значит failed policy", readsAsEnglish)).toBe("failed policy");
  });
});

describe("transliterated Russian made of short words (normalise.ts markers)", () => {
  it("reads 'mid rossii za pryamoy dialog' as Russian and answers it", () => {
    expect(looksTransliterated("mid rossii za pryamoy dialog")).toBe(true);
    const a = ask("mid rf za pryamoy dialog storon?");
    expect(a.kind).toBe("entry");
    expect(a.lang).toBe("ru");
  });

  it("keeps English English", () => {
    expect(looksTransliterated("what does the foreign ministry want")).toBe(false);
  });
});

describe("a lower-case name spelt like a common word (speaker-slot.ts, whose-failure.ts)", () => {
  it.each([
    "что заявил шойгу... нет, что заявил медведев про хамас",
    "соловьев сказал что-то про газу?",
    "в чём провал политики японии, по мнению путина",
  ])("refuses '%s'", (q) => {
    expect(ask(q).kind).not.toBe("entry");
  });

  it.each([
    ["что сказал песков про кремль", /Peskov/],
    ["в чем провал политики вашингтона", /failure of US policy/],
  ])("still answers '%s'", (q, text) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(JSON.stringify(a)).toMatch(text);
  });
});
