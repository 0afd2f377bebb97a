import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeBaseError, measureCoverage } from "../../src/knowledge/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { copyFixtureKb, editJson, FIXTURE_KB_DIR, REAL_KB_DIR } from "../helpers/knowledge.js";

/** The problem lines a broken knowledge base produces (fails the test when it loads). */
function problemLines(dir: string): string[] {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    return (error as Error).message.split("\n").slice(1);
  }
  throw new Error("the knowledge base loaded, but it should have been refused");
}

describe("loadKnowledgeBase", () => {
  it("loads the valid fixture with paragraphs numbered by position", () => {
    const kb = loadKnowledgeBase(FIXTURE_KB_DIR);
    expect(kb.article.paragraphs).toHaveLength(2);
    expect(kb.entryById.get("ferry")?.quotes[0]?.paragraph).toBe(2);
    expect(kb.speakerById.get("governor")?.quoted).toBe(false);
  });

  it("rejects a quote that is not verbatim, naming file, entry, field and fix", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[0].quotes[0].text = "the old bridge will close for good";
    });
    // The Russian translation was of the old text: it now translates nothing, and the new text has none.
    expect(problemLines(dir)).toEqual([
      `entries.json: entry "bridge-closure", quotes[0].text: "the old bridge will close for good" is not verbatim in the article. Fix: copy the span exactly from knowledge/article.txt (only white space and ’/' may differ).`,
      `ru/translations.json: quotes[0].text: "the old bridge will close for repairs" is not the text of any quote in entries.json. Fix: copy the quote's text exactly from knowledge/entries.json, or remove the translation.`,
      `ru/translations.json: entry "bridge-closure", quotes: "the old bridge will close for good" has no translation. Fix: add {"text": the quote exactly as in entries.json, "translation": …} to translations.json.`,
    ]);
  });

  it("accepts a quote that differs only in white space and typographic quotes", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[2].quotes[0].text = 'She  called the\nwork "long overdue".';
    });
    expect(() => loadKnowledgeBase(dir)).not.toThrow();
  });

  it("rejects a quote filed under the wrong paragraph and says which one is right", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[1].quotes[0].paragraph = 1;
    });
    expect(problemLines(dir)).toEqual([
      `entries.json: entry "ferry", quotes[0].paragraph: the quote stands in paragraph 2, not 1. Fix: set paragraph to 2.`,
    ]);
  });

  it("rejects a dangling related id", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[1].related = ["bridge"];
    });
    expect(problemLines(dir)).toEqual([
      `entries.json: entry "ferry", related[0]: "bridge" is not an entry id. Fix: use the id of an existing entry or remove it.`,
    ]);
  });

  it("rejects a dangling reason id", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[1].reason = "bridge";
    });
    expect(problemLines(dir)).toEqual([
      `entries.json: entry "ferry", reason: "bridge" is not an entry id. Fix: use the id of an existing entry or remove it.`,
    ]);
  });

  it("rejects a duplicate id", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[2].id = "ferry";
      d.entries[2].related = [];
    });
    expect(problemLines(dir)).toEqual([
      `entries.json: entry "ferry", id: is used by another entry too. Fix: give each entry its own id.`,
      `ru/entries.json: entry "residents", id: "residents" is not an entry id of knowledge/entries.json. Fix: use the id of the English entry it translates, or remove it.`,
    ]);
  });

  it("rejects bad JSON with the line and column of the mistake", () => {
    const dir = copyFixtureKb();
    writeFileSync(join(dir, "summaries.json"), '{\n  "oneLine": "x",\n  "short": "y"\n  "long": "z"\n}\n');
    const lines = problemLines(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^summaries\.json: is not valid JSON \(.+; line 4, column 3\)\. Fix: correct the JSON syntax/,
    );
  });

  it("reports every problem at once, across files", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[0].quotes[0].speaker = "nobody";
      d.entries[1].phrasings.push("bridge closed");
      d.entries[3].phrasings = ["repair cost"];
    });
    editJson(dir, "speakers.json", (d) => {
      d.speakers[0].nickname = "boss";
    });
    expect(problemLines(dir)).toEqual([
      `speakers.json: speaker "mayor": Unrecognized key: "nickname". Fix: remove nickname or correct the spelling (see knowledge/schema/ for the allowed fields).`,
      `entries.json: entry "bridge-closure", quotes[0].speaker: "nobody" is not a speaker id. Fix: use an id from knowledge/speakers.json.`,
      `entries.json: entry "ferry", phrasings[6]: "bridge closed" is also a phrasing of entry "bridge-closure". Fix: keep it on the entry that answers it.`,
      `entries.json: entry "repair-cost", phrasings: has 1 phrasing, needs at least 3. Fix: add other ways a reader would ask: a full question, a two-word keyword query, an informal one.`,
    ]);
  });

  it("refuses a quote attributed to someone the article never quotes", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[0].quotes[0].speaker = "governor";
    });
    expect(problemLines(dir)[0]).toContain(
      `quotes[0].speaker: "governor" is marked as never quoted in the article`,
    );
  });

  it("accepts the article's own words about someone it never quotes", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[2].quotes[1].speaker = "governor";
    });
    expect(() => loadKnowledgeBase(dir)).not.toThrow();
  });

  it("refuses a speaker marked as quoted whom no quote reports (only the article's words about them)", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      d.entries[1].quotes[0].voice = "article";
    });
    expect(problemLines(dir)).toEqual([
      `speakers.json: speaker "council", quoted: is true, but no quote reports their words (the article's sentences about them are not theirs). Fix: set quoted: false, or add a quote with voice "reported" that the article attributes to them.`,
    ]);
  });

  it("names a schema error by the entry's id and the field", () => {
    const dir = copyFixtureKb();
    editJson(dir, "entries.json", (d) => {
      delete d.entries[1].answer;
      d.entries[0].id = "Bridge Closure";
      d.entries[1].related = [];
    });
    expect(problemLines(dir)).toEqual([
      `entries.json: entry "Bridge Closure", id: use lower-case words joined by hyphens, e.g. ceasefire-call. Fix: use lower-case words joined by hyphens.`,
      `entries.json: entry "ferry", answer: Invalid input: expected string, received undefined. Fix: give it a value of type string.`,
    ]);
  });

  it("says which file is missing and how to restore it", () => {
    const dir = copyFixtureKb();
    rmSync(join(dir, "synonyms.json"));
    expect(problemLines(dir)).toEqual([
      `synonyms.json: missing (looked in ${dir}). Fix: restore it from git (git checkout -- knowledge/) or point KNOWLEDGE_DIR at the folder that has it.`,
    ]);
  });

  it("rejects summaries over their word limits", () => {
    const dir = copyFixtureKb();
    editJson(dir, "summaries.json", (d) => {
      d.short = "word ".repeat(61).trim();
    });
    expect(problemLines(dir)).toEqual([
      `summaries.json: short: has 61 words, the limit is 60. Fix: shorten it.`,
    ]);
  });
});

describe("the project's knowledge base", () => {
  it("loads clean and quotes every sentence of the article", () => {
    const kb = loadKnowledgeBase(REAL_KB_DIR);
    const coverage = measureCoverage(kb);
    expect(coverage.missing.map((s) => s.text)).toEqual([]);
    expect(kb.entries.length).toBeGreaterThanOrEqual(30);
  });
});
