import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/index.js";
import { isCommonRussian } from "../../src/answering/russian/dictionary.js";
import { buildCommonWords } from "../../src/answering/russian/dictionary-build.js";
import { hasStem, loadCommonWords } from "../../src/answering/russian/dictionary-stems.js";
import {
  fromTranslit,
  isCyrillic,
  looksTransliterated,
  normaliseRussianWords,
  oneAlphabet,
} from "../../src/answering/russian/normalise.js";
import { russianStem } from "../../src/answering/russian/stem.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { realEngine as engine } from "../helpers/engine.js";
import { FIXTURE_KB_DIR } from "../helpers/knowledge.js";

describe("Russian normalisation", () => {
  it("folds case and ё, drops punctuation, keeps Latin names and numbers", () => {
    expect(normaliseRussianWords("Что «сказал» Пескёв, а? Peskov 2023!")).toEqual([
      "что",
      "сказал",
      "пескев",
      "а",
      "peskov",
      "2023",
    ]);
  });

  it("puts a word typed in two alphabets into the one most of its letters are in", () => {
    expect(oneAlphabet("пeсков")).toBe("песков"); // Latin e
    expect(oneAlphabet("putіn")).toBe("putіn"); // no look-alike for і: left alone
    expect(oneAlphabet("рutin")).toBe("putin"); // Cyrillic р in a Latin word
    expect(normaliseRussianWords("МОCКВА")).toEqual(["москва"]); // Latin C
  });

  it("writes a word mostly of Latin look-alikes in Cyrillic when one letter has no Latin twin", () => {
    expect(oneAlphabet("cшa")).toBe("сша"); // Latin c and a around Cyrillic ш
    expect(oneAlphabet("пpo")).toBe("про"); // Latin p and o, Cyrillic п
    expect(oneAlphabet("cшi")).toBe("cшi"); // i has no Cyrillic twin here, ш no Latin one: left alone
  });

  it("spells out abbreviations written with a hyphen", () => {
    expect(normaliseRussianWords("палестинское гос-во")).toEqual(["палестинское", "государство"]);
  });

  it("tells the script of a question: Cyrillic decides, a Latin name inside does not", () => {
    expect(isCyrillic("peskov что сказал")).toBe(true);
    expect(isCyrillic("what did Peskov say")).toBe(false);
    expect(isCyrillic("2023?")).toBe(false);
  });

  it("reads transliterated Russian back into Cyrillic", () => {
    expect(looksTransliterated("chto skazal peskov")).toBe(true);
    expect(looksTransliterated("what did peskov say")).toBe(false);
    expect(fromTranslit("chto skazal peskov")).toBe("что сказал песков");
    expect(fromTranslit("kto takoy erdogan")).toBe("кто такой эрдоган");
  });
});

describe("Russian stems (Snowball, plus one step for verbs and names)", () => {
  it.each([
    [["Путин", "Путина", "Путину", "Путиным"]],
    [["обвиняет", "обвинил", "обвинять"]],
    [["Песков", "Пескова", "Пескову"]],
    [["критикует", "критиковал"]],
    [["переговоры", "переговоров", "переговорах"]],
  ])("%j meet", (forms) => {
    const stems = new Set(forms.map((f) => russianStem(f.toLowerCase())));
    expect([...stems]).toHaveLength(1);
  });
});

describe("common Russian words and names (Hunspell dictionary)", () => {
  it("knows common words in any form, including irregular verbs", () => {
    for (const w of ["погода", "санкции", "погибло", "растут", "созвонился", "нейтральная"])
      expect(isCommonRussian(w), w).toBe(true);
  });

  it("does not take names, new words or abbreviations for common words", () => {
    for (const w of ["нетаньяху", "байден", "биткоин", "нато", "путен"])
      expect(isCommonRussian(w), w).toBe(false);
  });
});

describe("the engine in Russian", () => {
  const ask = (q: string, lang?: "en" | "ru") => engine.findAnswer(q, lang);

  it("answers a Cyrillic question in Russian, quotes in English with translation, names in both", () => {
    const a = ask("с кем путин говорил по телефону");
    expect(a.lang).toBe("ru");
    expect(a.entry?.id).toBe("putin-erdogan-call");
    expect(a.title).toMatch(/[а-я]/);
    expect(a.answer).toMatch(/Эрдоган/);
    expect(a.quotes[0]).toMatchObject({
      speaker: "Vladimir Putin",
      localSpeaker: expect.stringMatching(/Путин/),
    });
    expect(a.quotes[0]?.text).toMatch(/^In a phone call/);
    expect(a.quotes[0]?.translation).toMatch(/[а-я]/);
    expect(a.suggestions.every((s) => /[а-я]/.test(s.question))).toBe(true);
  });

  it("corrects typos against the knowledge base's Russian words, also inside inflected stems", () => {
    expect(ask("с кем путин созвонился по тилефону").entry?.id).toBe("putin-erdogan-call");
    expect(ask("кто такой пескоф").entry?.id).toBe("who-is-peskov");
    expect(ask("путен обеспокоин?").entry?.id).toBe("putin-civilian-casualties");
  });

  it("refuses questions about names the article does not know, even beside Путин", () => {
    for (const q of [
      "что сказал Нетаньяху?",
      "что Байден говорит про Путина",
      "Путин и Зеленский",
      "путин про украину",
      "курс биткоина",
      "нато и путин",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.lang, q).toBe("ru");
    }
  });

  it("gives the summary for кратко, вкратце, о чём статья, суть, в двух словах", () => {
    for (const q of ["кратко", "вкратце", "о чём статья?", "в чём суть", "перескажи в двух словах"]) {
      const a = ask(q);
      expect(a.kind, q).toBe("summary");
      expect(a.answer, q).toMatch(/Путин/);
    }
  });

  it("gives a speaker's statements for что сказал Песков, цитаты Путина, кто что сказал", () => {
    expect(ask("что сказал Песков").speaker?.id).toBe("peskov");
    expect(ask("цитаты Путина").speaker?.id).toBe("putin");
    const all = ask("кто что сказал");
    expect(all.kind).toBe("quotes");
    expect(all.speaker).toBeNull();
    expect(all.title).toBe("Кто что сказал");
  });

  it("says the article gives no figure or date, in Russian", () => {
    const many = ask("сколько россиян в израиле");
    expect(many.answered).toBe(false);
    expect(many.answer).toMatch(/^В статье нет цифр/);
    const when = ask("когда путин говорил с эрдоганом");
    expect(when.answered).toBe(false);
    // The date rule, or the curated gap entry on dates, which a question naming the call's two people now meets.
    expect(when.answer).toMatch(/^В статье нет даты|^Статья не указывает ни дат/);
  });

  it("reads Latin names in Russian text, and transliterated Russian", () => {
    expect(ask("что сказал Peskov").speaker?.id).toBe("peskov");
    expect(ask("chto skazal peskov")).toMatchObject({ lang: "ru", kind: "quotes" });
    expect(ask("что сказал Biden").answered).toBe(false);
  });

  it("answers in the reader's language when the words do not say: a bare name", () => {
    expect(ask("putin", "ru").lang).toBe("ru");
    expect(ask("putin", "ru").title).toMatch(/[а-я]/);
    expect(ask("who is putin", "ru").lang).toBe("en");
    expect(ask("кто такой путин", "en").lang).toBe("ru");
  });

  it("finds speakers by Russian names, their cases and typos", () => {
    expect(engine.findSpeaker("пескова")?.id).toBe("peskov");
    expect(engine.findSpeaker("путину")?.id).toBe("putin");
    expect(engine.findSpeaker("Эрдогана")?.id).toBe("erdogan");
    expect(engine.findSpeaker("мид")?.id).toBe("foreign-ministry");
    expect(engine.findSpeaker("пескоф")?.id).toBe("peskov");
  });

  it("localises the direct paths: answerForEntry, quotesBy, popularQuestions", () => {
    expect(engine.answerForEntry("ceasefire-call", "ru")?.title).toMatch(/[а-я]/);
    expect(engine.answerForEntry("ceasefire-call")?.title).toBe("Does Putin call for a ceasefire?");
    expect(engine.quotesBy("peskov", "ru").answer).toMatch(/^Как сообщается в статье, /);
    expect(engine.popularQuestions(3, "ru").every((s) => /[а-я]/.test(s.question))).toBe(true);
  });

  it("without a Russian folder, answers in English whatever is asked", () => {
    const kb = loadKnowledgeBase(FIXTURE_KB_DIR);
    const englishOnly = createEngine({ ...kb, locales: {} });
    expect(englishOnly.findAnswer("почему закрывают мост", "ru").lang).toBe("en");
    expect(createEngine(kb).findAnswer("почему закрывают мост").entry?.id).toBe("bridge-closure");
  });
});

describe("lexicons/ru-common-words.txt.gz (npm run ru:words)", () => {
  it("was made from the installed dictionary and stemmer, and holds every lower-case lemma's stem", () => {
    const file = loadCommonWords();
    const built = buildCommonWords();
    expect(file.header, "run npm run ru:words").toBe(built.header);
    expect(file.count, "run npm run ru:words").toBe(built.stems.length);
    // The whole list, in order: the file is exactly what the builder makes.
    expect(file.text).toBe(`${built.stems.join("\n")}\n`);
    expect([...file.abbreviations].sort()).toEqual(built.abbreviations);
  });

  it("is searched as a set would be: every stem found, and a stem changed by a letter only when it is one too", () => {
    const stems = loadCommonWords()
      .text.split("\n")
      .filter((s) => s !== "");
    const set = new Set(stems);
    for (const stem of stems) expect(hasStem(stem), stem).toBe(true);
    const changed = stems
      .filter((_, i) => i % 7 === 0)
      .flatMap((s) => [
        s.slice(0, -1),
        `${s}а`,
        `${s}я`,
        `а${s}`,
        s.replace(/.$/, "ь"),
        `${s}x`,
        s.toUpperCase(),
      ]);
    for (const word of [...changed, "", "putin", "ё", "путин", "\u0100"])
      expect(hasStem(word), word).toBe(set.has(word));
  });

  it("reads the front-coded blocks as a set would: every start of a stem, every letter moved one up or down", () => {
    // The list is kept front-coded in blocks (perf34b): a stem's start, or a letter changed, lands anywhere in a
    // block, before its head, between two stems sharing more or less of it.
    const stems = loadCommonWords()
      .text.split("\n")
      .filter((s) => s !== "");
    const set = new Set(stems);
    let found = 0;
    const wrong: string[] = [];
    for (const stem of stems.filter((_, i) => i % 23 === 0)) {
      const probes: string[] = [];
      for (let n = 0; n < stem.length; n++) {
        probes.push(stem.slice(0, n));
        for (const step of [-1, 1])
          probes.push(stem.slice(0, n) + String.fromCharCode(stem.charCodeAt(n) + step) + stem.slice(n + 1));
      }
      for (const word of probes) {
        const known = set.has(word);
        if (known) found++;
        if (hasStem(word) !== known) wrong.push(word);
      }
    }
    for (const word of ["", "\n", "а\n", "аб\nв", "\u0400", "\u047f", "я".repeat(40)])
      if (hasStem(word) !== set.has(word)) wrong.push(word);
    for (const stem of stems.filter((_, i) => i % 97 === 0))
      for (const word of [`${stem}\n`, `${stem}\na`, `${stem}${stem}`])
        if (hasStem(word) !== set.has(word)) wrong.push(word);
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });
});
