import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeBaseError } from "../../src/knowledge/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { copyFixtureKb, editJson, FIXTURE_KB_DIR, REAL_KB_DIR } from "../helpers/knowledge.js";

function problemLines(dir: string): string[] {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    return (error as Error).message.split("\n").slice(1);
  }
  throw new Error("the knowledge base loaded, but it should have been refused");
}

describe("a language folder (knowledge/ru/)", () => {
  it("loads beside the English side: entries, speakers and quote translations by the English ids", () => {
    const ru = loadKnowledgeBase(FIXTURE_KB_DIR).locales?.ru;
    expect(ru?.entryById.get("ferry")?.question).toBe("Как люди переправятся через реку?");
    expect(ru?.speakerById.get("mayor")?.name).toBe("Мэр");
    // Looked up by the folded English text, so typographic quotes need not match byte for byte.
    expect(ru?.translations.get('She called the work "long overdue".')).toContain("давно назревшими");
  });

  it("is optional: without the folder the knowledge base is English only", () => {
    const dir = copyFixtureKb();
    rmSync(join(dir, "ru"), { recursive: true });
    expect(loadKnowledgeBase(dir).locales?.ru).toBeUndefined();
  });

  it("names a missing entry, a stranger id and a missing speaker, one line each", () => {
    const dir = copyFixtureKb();
    editJson(dir, "ru/entries.json", (d) => {
      d.entries.splice(1, 1);
      d.entries[0].id = "bridge";
    });
    editJson(dir, "ru/speakers.json", (d) => {
      d.speakers.pop();
    });
    expect(problemLines(dir)).toEqual([
      `ru/speakers.json: speaker "governor": is in speakers.json but not here. Fix: add it with its name, role and aliases in this language.`,
      `ru/entries.json: entry "bridge", id: "bridge" is not an entry id of knowledge/entries.json. Fix: use the id of the English entry it translates, or remove it.`,
      `ru/entries.json: entry "bridge-closure": is in entries.json but not here. Fix: add it with its question, at least 6 phrasings, keywords and answer in this language.`,
      `ru/entries.json: entry "ferry": is in entries.json but not here. Fix: add it with its question, at least 6 phrasings, keywords and answer in this language.`,
    ]);
  });

  it("wants six phrasings, none shared with another entry (ё and е are one letter)", () => {
    const dir = copyFixtureKb();
    editJson(dir, "ru/entries.json", (d) => {
      d.entries[0].phrasings.pop();
      d.entries[3].phrasings.push("Паром!");
      d.entries[2].phrasings.push("мнения разделились");
      d.entries[1].phrasings[0] = "паром";
      d.entries[3].phrasings[3] = "во сколько обойдется ремонт";
    });
    expect(problemLines(dir)).toEqual([
      `ru/entries.json: entry "bridge-closure", phrasings: has 5 phrasings, needs at least 6. Fix: add other ways a reader would ask: a full question, a keyword query, a colloquial one.`,
      `ru/entries.json: entry "residents", phrasings[6]: "мнения разделились" is listed twice in this entry. Fix: remove the repeat.`,
      `ru/entries.json: entry "repair-cost", phrasings[6]: "Паром!" is also a phrasing of entry "ferry". Fix: keep it on the entry that answers it.`,
    ]);
  });

  it("holds answers and fields to the English schema", () => {
    const dir = copyFixtureKb();
    editJson(dir, "ru/entries.json", (d) => {
      d.entries[0].answer = "Да. ".repeat(101);
      d.entries[2].comment = "x";
    });
    expect(problemLines(dir)).toEqual([
      `ru/entries.json: entry "bridge-closure", answer: at most 400 characters. Fix: shorten or lengthen it to fit.`,
      `ru/entries.json: entry "residents": Unrecognized key: "comment". Fix: remove comment or correct the spelling (see knowledge/schema/ for the allowed fields).`,
    ]);
  });

  it("keeps answers to three sentences and summaries to their word limits", () => {
    const dir = copyFixtureKb();
    editJson(dir, "ru/entries.json", (d) => {
      d.entries[1].answer = "Раз. Два. Три. Четыре.";
    });
    editJson(dir, "ru/summaries.json", (d) => {
      d.long = "слово ".repeat(161).trim();
    });
    expect(problemLines(dir)).toEqual([
      `ru/entries.json: entry "ferry", answer: has 4 sentences. Fix: keep the answer to 1–3 sentences.`,
      `ru/summaries.json: long: has 161 words, the limit is 160. Fix: shorten it.`,
    ]);
  });

  it("wants a translation for every quote, and no translation of a quote that is not there", () => {
    const dir = copyFixtureKb();
    editJson(dir, "ru/translations.json", (d) => {
      d.quotes.splice(1, 1);
      d.quotes.push({ text: "The bridge is safe.", translation: "Мост безопасен." });
    });
    expect(problemLines(dir)).toEqual([
      `ru/translations.json: quotes[4].text: "The bridge is safe." is not the text of any quote in entries.json. Fix: copy the quote's text exactly from knowledge/entries.json, or remove the translation.`,
      `ru/translations.json: entry "ferry", quotes: "a ferry will run while the bridge is closed" has no translation. Fix: add {"text": the quote exactly as in entries.json, "translation": …} to translations.json.`,
    ]);
  });

  it("says which file of the folder is missing", () => {
    const dir = copyFixtureKb();
    rmSync(join(dir, "ru", "translations.json"));
    expect(problemLines(dir)).toEqual([
      `ru/translations.json: missing (looked in ${join(dir, "ru")}). Fix: restore it from git (git checkout -- knowledge/) or point KNOWLEDGE_DIR at the folder that has it.`,
    ]);
  });

  it("the project's Russian knowledge base, when present, loads clean", () => {
    const kb = loadKnowledgeBase(REAL_KB_DIR);
    if (!kb.locales?.ru) return;
    expect(kb.locales.ru.entries.length).toBe(kb.entries.length);
  });
});
