// The probe sets' floors as `npm run ask` replies (verdict42 and verdict43 of session 41 each carried a copy; tidy43):
// each line of a set of test/questions asked as a new chat's only message through the real dialogue layer, its
// record read as the shared judge reads the bot's whole reply (without the verdict and kinds fields the eval adds),
// the set's right share at least the floor given. probe-floors.ts pins the engine's replies instead.
import { resolve } from "node:path";
import { expect, it } from "vitest";
import type { Lang } from "../../src/answering/types.js";
import { dialogueRecord } from "../../src/dialogue/index.js";
import { judge, readQuestions } from "../../src/eval/judge.js";
import { realDialogue } from "./dialogue.js";
import { realKb } from "./engine.js";

/** One test per row: the set `file`, asked through the dialogue, holds `floor` of its lines right. */
export function itHoldsAskFloors(rows: [file: string, floor: number][]): void {
  it.each(rows)("%s holds %s of its lines", (file, floor) => {
    const questions = readQuestions(resolve(import.meta.dirname, "../questions", file));
    const replies = questions.map((q) => {
      const lang: Lang = /\p{Script=Cyrillic}/u.test(q.q) ? "ru" : "en";
      const {
        verdict: _v,
        kinds: _k,
        ...record
      } = dialogueRecord(q.q, realDialogue.respond(q.q, { lang, context: null, now: 0 }));
      return record;
    });
    const verdict = judge(questions, replies, realKb.article.text);
    const right = verdict.passed / (verdict.passed + verdict.failed);
    expect(right, verdict.failures.map((f) => f.question).join("\n")).toBeGreaterThanOrEqual(floor);
  });
}
