import { describe, expect, it } from "vitest";
import { phrasingLanguage } from "../../src/curation/add-phrasing.js";
import { languageOf, parsingLanguageOf } from "../../src/dialogue/language.js";
import { countLetters, isRussianText, scriptLanguage } from "../../src/lib/script-language.js";

describe("scriptLanguage: one rule for 'is this text Russian?'", () => {
  it("reads single-script text by its script", () => {
    expect(scriptLanguage("что сказал Песков?")).toBe("ru");
    expect(scriptLanguage("What did Putin say?")).toBe("en");
    expect(scriptLanguage("2023?")).toBeNull();
    expect(scriptLanguage("🤔")).toBeNull();
  });

  it("does not count a leading /command or @mentions", () => {
    expect(scriptLanguage("/quotes песков")).toBe("ru");
    expect(scriptLanguage("/quotes@StoryQaBot песков")).toBe("ru");
    expect(scriptLanguage("@story_qa_bot что сказал")).toBe("ru");
    expect(scriptLanguage("@story_qa_bot what did he say")).toBe("en");
    expect(scriptLanguage("/start")).toBeNull();
  });

  it("mixed text is Russian when Cyrillic letters are at least half as many as Latin ones", () => {
    expect(scriptLanguage("peskov что сказал")).toBe("ru");
    expect(scriptLanguage("what did Песков say")).toBe("ru");
    expect(scriptLanguage("Putin Erdogan перемирие?")).toBe("ru");
    expect(scriptLanguage("What did Путин say about the ceasefire?")).toBe("en");
    // Latin keywords with no English glue around a Cyrillic word: a Russian keyword query.
    expect(scriptLanguage("Peskov Kremlin роль")).toBe("ru");
    expect(scriptLanguage("Erdogan Putin ceasefire звонок")).toBe("ru");
    expect(scriptLanguage("what about the Кремль role")).toBe("en");
    // The counted letters are Cyrillic and Latin of any language, not only the Russian alphabet.
    expect(isRussianText("що сказав Пєсков")).toBe(true);
  });

  it("is what the dialogue, the curation records and add-phrasing use", () => {
    for (const text of [
      "what did Песков say",
      "/quotes песков",
      "@bot что сказал",
      "What did Путин say about the ceasefire?",
    ]) {
      const ru = isRussianText(text);
      expect(languageOf(text, "en")).toBe(ru ? "ru" : "en");
      expect(phrasingLanguage(text)).toBe(ru ? "ru" : "en");
    }
    expect(parsingLanguageOf("What did Путин say about the ceasefire?", "ru")).toBe("en");
    expect(parsingLanguageOf("7", "ru")).toBe("ru");
  });
});

describe("countLetters: the letters counted without an array of them", () => {
  const byMatch = (t: string) => ({
    cyrillic: t.match(/\p{Script=Cyrillic}/gu)?.length ?? 0,
    latin: t.match(/\p{Script=Latin}/gu)?.length ?? 0,
  });

  it("counts as match() does for every character of the first two planes, alone and in text", () => {
    const differ: string[] = [];
    for (let cp = 0; cp < 0x20000; cp++) {
      const t = `a${String.fromCodePoint(cp)}ж`;
      const a = byMatch(t);
      const b = countLetters(t);
      if (a.cyrillic !== b.cyrillic || a.latin !== b.latin) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("reads a surrogate pair as one character and a lone surrogate as none", () => {
    for (const t of ["\u{1E030}\u{10780}x", "\ud83dж", "ж\udc00", "\ud83d\ud83dя", "Ǆ ё Ω 🤔 ß"])
      expect(countLetters(t)).toEqual(byMatch(t));
  });
});
