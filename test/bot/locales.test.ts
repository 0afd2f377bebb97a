import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGES, textsIn } from "../../src/bot/i18n.js";

/** Each message of a Fluent file: its key, and its whole source (value, continuation lines and variants). */
function messages(lang: string): Map<string, string> {
  const source = readFileSync(new URL(`../../locales/${lang}.ftl`, import.meta.url), "utf8");
  const found = new Map<string, string>();
  let key: string | null = null;
  for (const line of source.split("\n")) {
    const start = /^([a-z][a-z0-9-]*) =(.*)$/.exec(line);
    if (start) {
      key = start[1]!;
      found.set(key, start[2]!);
    } else if (key && /^\s/.test(line)) found.set(key, `${found.get(key)}\n${line}`);
    else key = null;
  }
  return found;
}

const variables = (source: string) => [...new Set(source.match(/\$[a-z_]+/g) ?? [])].sort();

describe("the locale files", () => {
  const english = messages("en");

  it.each(LANGUAGES.map((l) => l.code))("%s has every message English has, and no other", (lang) => {
    expect([...messages(lang).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES.map((l) => l.code))("%s uses the same variables as English in each message", (lang) => {
    for (const [key, source] of messages(lang)) {
      expect(variables(source), key).toEqual(variables(english.get(key)!));
    }
  });

  it.each(LANGUAGES.map((l) => l.code))(
    "%s is safe in Telegram HTML (no raw & < > outside the menu)",
    (lang) => {
      for (const [key, source] of messages(lang)) {
        if (key.startsWith("command-")) continue;
        // "->" is Fluent's own syntax (a plural), not text.
        expect(source.replace(/ -> *$/gm, ""), key).not.toMatch(/[&<>]/);
      }
    },
  );

  it("formats every message in every language without a stray mark or a missing variable", () => {
    const values = { html_name: "N", html_role: "R", count: 2, paragraph: 1, paragraphs: 3, bot: "B" };
    for (const { code } of LANGUAGES) {
      const { t } = textsIn(code);
      for (const key of english.keys()) {
        const text = t(key, {
          ...values,
          html_title: "T",
          html_changes: "C",
          html_words: "W",
          html_claimed: "X",
          html_article: "A",
          html_names: "M",
          html_who: "H",
          verdict: "V",
          // feedback and /stats (curation)
          vote: "👍",
          days: 7,
          asked: 4,
          answered: "75%",
          didYouMean: "0%",
          doesntSay: "0%",
          refused: "25%",
          languages: "en 4",
          html_entry: "E",
          up: 1,
          down: 0,
          html_question: "Q",
          html_action: "off-topic",
          question: "Q",
          number: 7,
        });
        expect(text, `${code}: ${key}`).not.toMatch(/[\u2068\u2069{}]/);
        expect(text.trim(), `${code}: ${key}`).not.toBe("");
      }
    }
  });

  it("says a number of statements in Russian with the right plural", () => {
    const { t } = textsIn("ru");
    const line = (count: number) => t("roster-line", { html_name: "П", html_role: "р", count });
    expect([1, 2, 5, 11, 21, 22].map(line)).toEqual([
      "П, р: 1 высказывание",
      "П, р: 2 высказывания",
      "П, р: 5 высказываний",
      "П, р: 11 высказываний",
      "П, р: 21 высказывание",
      "П, р: 22 высказывания",
    ]);
  });

  it("fails loudly on a message no file has", () => {
    expect(() => textsIn("ru").t("no-such-message")).toThrow(/no-such-message/);
  });
});

describe("languageOfScript and languageOfCode", async () => {
  const { languageOfCode, languageOfScript } = await import("../../src/bot/i18n.js");
  it("reads Cyrillic as Russian, ignoring the command and @mentions, and leaves Latin undecided", () => {
    expect(languageOfScript("что сказал Песков?")).toBe("ru");
    expect(languageOfScript("peskov что сказал")).toBe("ru");
    expect(languageOfScript("/quotes@StoryQaBot песков")).toBe("ru");
    expect(languageOfScript("What did Putin say?")).toBeNull();
    expect(languageOfScript("What did Путин say about the ceasefire?")).toBeNull();
    expect(languageOfScript("/start")).toBeNull();
    expect(languageOfScript("🤔")).toBeNull();
  });

  it("maps a client's language_code to a language the bot speaks", () => {
    expect(languageOfCode("ru")).toBe("ru");
    expect(languageOfCode("ru-RU")).toBe("ru");
    expect(languageOfCode("en-GB")).toBe("en");
    expect(languageOfCode("uk")).toBeNull();
    expect(languageOfCode("de")).toBeNull();
    expect(languageOfCode(undefined)).toBeNull();
  });
});
