import { describe, expect, it } from "vitest";
import { phrasingLanguage } from "../../src/curation/add-phrasing.js";
import { languageOf, parsingLanguageOf } from "../../src/dialogue/language.js";
import { isRussianText, scriptLanguage } from "../../src/lib/script-language.js";

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
