// The probe sets' floors, pinned the same way by the quality test files (quality38, quality-r2-37, quality-r2-38,
// which each carried a copy; tidy39; quality39 too since the merge of session 39): each set of test/questions judged as the shared judge reads the engine's
// replies, its right share and its answered share at least the floors given. `opening` is a reply's first word
// ("Yes.", "Нет."), what those files assert of a yes/no question.
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { judge, readQuestions, share, toJsonlRecord } from "../../src/eval/judge.js";
import { realEngine as engine, realKb as kb } from "./engine.js";

/** The engine's reply to `q`, its first word. */
export const opening = (q: string) => engine.findAnswer(q).answer.split(" ")[0];

/**
 * One test per row: the set `file` holds `floor` of its lines right, answers `answered` of the lines owed an answer
 * and, where given, refuses `refused` of those owed a refusal.
 */
export function itHoldsProbeFloors(
  rows: [file: string, floor: number, answered: number, refused?: number][],
): void {
  it.each(rows)("%s holds %s of its lines", (file, floor, answered, refused) => {
    const questions = readQuestions(resolve(import.meta.dirname, "../questions", file));
    const verdict = judge(
      questions,
      questions.map((q) => toJsonlRecord(q.q, engine.findAnswer(q.q))),
      kb.article.text,
    );
    const right = verdict.passed / (verdict.passed + verdict.failed);
    expect(right, verdict.failures.map((f) => f.question).join("\n")).toBeGreaterThanOrEqual(floor);
    expect(share(verdict.tally.answer)).toBeGreaterThanOrEqual(answered);
    if (refused !== undefined) expect(share(verdict.tally.refuse)).toBeGreaterThanOrEqual(refused);
  });
}
