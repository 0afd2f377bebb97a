// The judge reads the shared format's patterns as Python's `re` does (../shared/eval/judge.py), and says which
// pattern it cannot read rather than crashing in the middle of a run.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { judge, patternOf, readQuestions } from "../../src/eval/judge.js";

const record = (answer: string) => ({
  question: "q",
  answered: true,
  entry: "e",
  score: 1,
  answer,
  quotes: [],
  suggestions: [],
  reason: null,
});

describe("the judge's patterns", () => {
  it("reads Python's scoped flag group (?-i:…) as a plain group, matched against the lower-cased answer", () => {
    const re = patternOf("washington|(?-i:\\bUS\\b)");
    expect(re.test("washington")).toBe(true);
    // As in the shared judge: the answer is folded to lower case and no flag is on, so an upper-case
    // alternative never matches.
    expect(re.test("the us")).toBe(false);
    const q = { q: "who?", expect: "answer" as const, all: [["(?-i:\\bUS\\b)|america"]] };
    expect(judge([q], [record("America is blamed")], "").tally.answer.passed).toBe(1);
    expect(judge([q], [record("The US is blamed")], "").tally.answer.failed).toBe(1);
  });

  it("reads \\w and \\b as Unicode, as Python's re does, so a Russian answer's Да is a word", () => {
    expect(patternOf("\\bда\\b").test("да. путин звонил")).toBe(true);
    expect(patternOf("\\bда\\b").test("когда")).toBe(false);
    expect(patternOf("прекращени\\w* огня").test("прекращения огня")).toBe(true);
    expect(patternOf("\\bus\\b").test("the us said")).toBe(true);
    expect(patternOf("\\bus\\b").test("russia")).toBe(false);
    expect(patternOf("мирн[\\w]+ жител").test("мирных жителей")).toBe(true);
    const q = { q: "да?", expect: "answer" as const, all: [["\\byes\\b|\\bда\\b"]] };
    expect(judge([q], [record("Да. Путин говорил с Эрдоганом.")], "").tally.answer.passed).toBe(1);
    expect(judge([q], [record("Когда-то.")], "").tally.answer.failed).toBe(1);
  });

  it("names a pattern that does not compile, with its file and line", () => {
    expect(() => patternOf("(?<=a|bc")).toThrow(/the pattern \/\(\?<=a\|bc\/ does not compile/);
    const dir = mkdtempSync(join(tmpdir(), "judge-"));
    const file = join(dir, "set.jsonl");
    writeFileSync(
      file,
      `${JSON.stringify({ q: "a", expect: "answer", all: [["ok"]] })}\n${JSON.stringify({ q: "b", expect: "answer", all: [["(broken"]] })}\n`,
    );
    expect(() => readQuestions(file)).toThrow(/set\.jsonl:2: the pattern \/\(broken\/ does not compile/);
  });
});
