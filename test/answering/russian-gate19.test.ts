// The kinds quality-ru19 fixed, in words of our own: the roster asked with the whole story as its topic,
// closeness as the Russia–Israel tie, "когда … заявил" as a date asked,
// transliterated -tsya and dropped soft signs, the asker's own verbs in a ramble. Guards: parties as whose
// officials, a person after "about", and "что он сказал" without "когда" stay as they were.
import { describe, expect, it } from "vitest";
import { fromTranslit } from "../../src/answering/russian/normalise.js";
import { withSpeltEndings } from "../../src/answering/russian/translit-endings.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("the roster with the story as its topic (roster-topic.ts)", () => {
  it.each([
    "какие российские чиновники комментируют конфликт",
    "кто из официальных лиц москвы высказался по поводу кризиса",
    "какие представители россии высказываются про войну израиля и хамаса",
    "which officials comment on the crisis",
  ])("answers '%s' with who said what", (q) => {
    expect(ask(q).kind).toBe("quotes");
  });

  it.each(["какие представители хамаса высказались", "кто из израильских чиновников высказался"])(
    "does not list Russia's voices for '%s'",
    (q) => {
      expect(ask(q).kind).not.toBe("quotes");
    },
  );
});

describe("closeness as the Russia–Israel tie (ru/synonyms.json)", () => {
  it.each(["почему москва так близка израилю", "с чего вдруг россия ближе к израилю чем кажется"])(
    "answers '%s' with the ties",
    (q) => {
      expect(ask(q).entry?.id).toBe("russia-israel-ties");
    },
  );
});

describe("a time asked of a statement (intents.ts)", () => {
  it.each(["когда мид это заявил", "when did the kremlin say it"])(
    "does not answer '%s' with the quotes",
    (q) => {
      expect(ask(q).kind).not.toBe("quotes");
    },
  );

  it("still shows the words when no time is asked", () => {
    expect(ask("что заявил мид").kind).toBe("quotes");
  });
});

describe("transliteration endings (translit-endings.ts)", () => {
  it("reads -tsya as the reflexive ending and puts back a dropped soft sign", () => {
    expect(fromTranslit("upominayutsya")).toBe("упоминаются");
    expect(fromTranslit("kazhetsya")).toBe("кажется");
    expect(fromTranslit("o chem statya")).toBe("о чем статья");
  });

  it("leaves Cyrillic words ending in -ция and -ца alone", () => {
    expect(withSpeltEndings("позиция улица")).toBe("позиция улица");
  });

  it("asks for the summary for 'o chem statya voobshe'", () => {
    expect(ask("o chem statya voobshe").kind).toBe("summary");
  });
});

describe("the asker's own verbs in a ramble (words.ts)", () => {
  it("answers the question after 'так что спрошу прямо'", () => {
    const q =
      "я полдня читал разные каналы и так и не понял, все пишут своё, кто-то одно, кто-то другое, так что спрошу прямо: кого путин считает виноватым в обострении?";
    expect(ask(q).entry?.id).toBe("putin-blames-us");
  });
});
