// The kinds quality-ru20 fixed, in words of our own: the countries and bodies the story names as a fixed list,
// a Latin-heavy question with Russian words read again in Russian, "в какой связи / к чему X упоминает Y",
// transliterated "j" as a soft sign, помирить as mediation, "удалось ли" as an outcome. Guards: a narrower
// question about countries, an unknown name in a mixed question, a denied mention, "к чему призывает".
import { describe, expect, it } from "vitest";
import { placesNamedIn } from "../../src/answering/places-named.js";
import { asRussianMentionContext } from "../../src/answering/russian/mention-context.js";
import { withSpeltEndings } from "../../src/answering/russian/translit-endings.js";
import { realEngine as engine, realKb as kb } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);

describe("the countries and bodies the story names (places-named.ts)", () => {
  it("finds them in the knowledge base's quotes, each in a quote shown", () => {
    const { places, shown } = placesNamedIn(kb.entries.flatMap((e) => e.quotes));
    const names = places.map((p) => p.en);
    expect(names).toEqual(
      expect.arrayContaining(["Russia", "the United States", "Israel", "Turkey", "the United Nations"]),
    );
    expect(names).not.toContain("Ukraine");
    for (const p of places) expect(shown.some((q) => p.pattern.test(q.text))).toBe(true);
  });

  it.each([
    "какие государства упоминаются в тексте",
    "перечисли страны которые фигурируют в статье",
    "какие страны замешаны в этой истории",
    "what nations does the article mention",
  ])("answers '%s' with the list", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.kind).toBe("quotes");
    expect(a.answer).toMatch(/Израиль|Israel/);
    expect(a.answer).toMatch(/Турция|Turkey/);
  });

  it.each([
    "какие страны поддерживают прекращение огня",
    "which countries blame Israel",
    "какие страны упоминает путин",
  ])("does not list them for the narrower '%s'", (q) => {
    expect(ask(q).title).not.toMatch(/Страны и организации|Countries and bodies/);
  });
});

describe("a Latin-heavy question with Russian words (mixed-script.ts)", () => {
  it.each([
    ["what does the Kremlin хочет", /constructive|settlement/],
    ["who does Putin винит for the violence", /United States|Washington/],
    ["Peskov said what про Kremlin role", /constructive/],
  ])("answers '%s' in English", (q, pattern) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.lang ?? "en").toBe("en");
    expect(`${a.answer} ${a.quotes.map((x) => x.text).join(" ")}`).toMatch(pattern);
  });

  it.each(["what думает putin о bitcoin", "Peskov said what про Ukraine"])("still refuses '%s'", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});

describe("in what connection someone mentions a thing (russian/mention-context.ts)", () => {
  it("reads it as what they say of it", () => {
    expect(asRussianMentionContext("в каком контексте путин вспоминает про сша")).toBe(
      "что путин говорит о сша",
    );
    expect(asRussianMentionContext("к чему песков упомянул кремль")).toBe("что песков говорит о кремль");
  });

  it("leaves a denied mention and other uses of the phrase as typed", () => {
    expect(asRussianMentionContext("к чему путин не упоминает роль россии")).toBe(
      "к чему путин не упоминает роль россии",
    );
    expect(asRussianMentionContext("к чему призывает путин")).toBe("к чему призывает путин");
  });

  it.each(["в какой связи путин вспомнил вашингтон", "зачем путин упомянул штаты"])(
    "answers '%s' with what Putin says of the US",
    (q) => {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.answer).toMatch(/США|Вашингтон/);
    },
  );

  it("still refuses a name the article lacks", () => {
    expect(ask("в какой связи путин упоминает индию").answered).toBe(false);
  });
});

describe("transliteration, mediation and outcomes", () => {
  it("reads 'j' before a vowel after a consonant as a soft sign", () => {
    expect(withSpeltEndings("v statje")).toBe("v statje");
    expect(withSpeltEndings("по статйе")).toBe("по статье");
  });

  it("reads помирить as mediation", () => {
    expect(ask("кремль хочет помирить израиль и палестинцев?").answered).toBe(true);
  });

  it("reads 'удалось ли' as an outcome the article does not report", () => {
    const a = ask("удалось ли москве примирить стороны");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/не сказано, что это уже произошло/);
  });
});
