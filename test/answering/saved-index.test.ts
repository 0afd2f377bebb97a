// The English index saved at build time must answer exactly as the one a start would build, and must never stand
// for a knowledge base that changed since it was made.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeHash } from "../../src/answering/code-key.js";
import {
  buildEnglishIndex,
  createEngine,
  loadSavedEnglishIndex,
  type SavedEnglishIndex,
  writeSavedEnglishIndex,
} from "../../src/answering/index.js";
import { readQuestions } from "../../src/eval/judge.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { copyFixtureKb, editJson, REAL_KB_DIR } from "../helpers/knowledge.js";

const QUESTIONS_DIR = join(import.meta.dirname, "..", "questions");
const REAL_SRC_DIR = join(import.meta.dirname, "..", "..", "src");
const realKb = loadKnowledgeBase(REAL_KB_DIR);

/** At most this many questions: the sets grow every session (16,000 questions by the nineteenth), and a spread of
 * 4,000 over all of them, half with a typo, reads every kind of question without the test's time growing with them. */
const MAX_QUESTIONS = 4000;

/** A fixed spread of the English and Russian answer sets' questions, every other one with a typo, as asked in production. */
function spreadOfQuestions(): string[] {
  const files = readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith(".jsonl") && !/^(claims|yesno|router)|dialogues/.test(f))
    .sort();
  const questions = files.flatMap((f) => readQuestions(join(QUESTIONS_DIR, f)).map((q) => q.q));
  const step = Math.max(1, questions.length / MAX_QUESTIONS);
  const picked: string[] = [];
  for (let i = 0; i < questions.length; i += step) picked.push(questions[Math.floor(i)] as string);
  return picked.map((q, i) => (i % 2 === 1 ? q.slice(0, -2) + q.slice(-1) : q));
}

describe("the saved English index", () => {
  it("gives the same answers and the same reading of a spread of 4,000 questions as the index built at start", () => {
    // Through JSON, as the build writes it and a start reads it.
    const saved = JSON.parse(JSON.stringify(buildEnglishIndex(realKb))) as SavedEnglishIndex;
    const built = createEngine(realKb);
    const restored = createEngine(realKb, {}, saved);
    const questions = spreadOfQuestions();
    expect(questions.length).toBeGreaterThan(MAX_QUESTIONS - 10);
    for (const q of questions) {
      expect(restored.explain(q), q).toEqual(built.explain(q));
      expect(restored.findAnswer(q), q).toEqual(built.findAnswer(q));
    }
    // 4,000 questions answered twice by each engine: no speed target, only room for a loaded machine.
  }, 240_000);

  it("is used only for exactly the files it was made from", () => {
    const dir = copyFixtureKb();
    const file = join(mkdtempSync(join(tmpdir(), "saved-index-")), "english-index.json");
    writeSavedEnglishIndex(dir, loadKnowledgeBase(dir), file);
    expect(loadSavedEnglishIndex(dir, file)).toBeDefined();
    editJson(dir, "speakers.json", (data) => {
      data.speakers[0].aliases.push("the boss");
    });
    expect(loadSavedEnglishIndex(dir, file)).toBeUndefined();
    expect(loadSavedEnglishIndex(dir, join(dir, "missing.json"))).toBeUndefined();
    writeFileSync(file, "{ not json");
    expect(loadSavedEnglishIndex(dir, file)).toBeUndefined();
  });

  it("is not restored by code other than the code that built it: the engine then builds its own", () => {
    const dir = copyFixtureKb();
    const file = join(mkdtempSync(join(tmpdir(), "saved-index-")), "english-index.json");
    writeSavedEnglishIndex(dir, loadKnowledgeBase(dir), file, "code-before-a-word-list-changed");
    expect(loadSavedEnglishIndex(dir, file)).toBeUndefined();
    writeSavedEnglishIndex(dir, loadKnowledgeBase(dir), file);
    expect(loadSavedEnglishIndex(dir, file)).toBeDefined();
  });

  it("keys the code by its sources: a word list added to the answering code gives another key", () => {
    const src = join(mkdtempSync(join(tmpdir(), "code-key-")), "src");
    for (const folder of ["answering", "knowledge", "lib"])
      cpSync(join(REAL_SRC_DIR, folder), join(src, folder), { recursive: true });
    expect(codeHash(src)).toBe(codeHash(REAL_SRC_DIR));
    const language = join(src, "answering", "language.ts");
    writeFileSync(language, `${readFileSync(language, "utf8")}\nexport const MORE_GLUE = ["zyzzyva"];\n`);
    expect(codeHash(src)).not.toBe(codeHash(REAL_SRC_DIR));
  });

  it("refuses an index whose entries are not the knowledge base's", () => {
    const saved = buildEnglishIndex(realKb);
    saved.ranker.entries.reverse();
    expect(() => createEngine(realKb, {}, saved)).toThrow(/saved ranker index/);
  });
});
