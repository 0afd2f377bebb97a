// What the real engine answers a question, asserted the same way by the answering test files: `askEnglish` and
// the checks below read the question as English (the everyday-English files); answering-detected.ts gives the same
// checks with the language read from the question, as the bot reads a message (the Russian files).
import { expect } from "vitest";
import type { Answer, Lang, NoAnswerReason } from "../../src/answering/index.js";
import { realEngine } from "./engine.js";

/** An entry id asserted exactly (a string) or by pattern (a RegExp). */
export type EntryMatch = RegExp | string;

function expectEntry(a: Answer, question: string, entry: EntryMatch | undefined): void {
  if (entry === undefined) return;
  if (typeof entry === "string") expect(a.entry?.id, question).toBe(entry);
  else expect(a.entry?.id, question).toMatch(entry);
}

export interface AnswerChecks {
  ask(question: string): Answer;
  /** Answered; from an entry whose id matches `entry`, when given. */
  expectAnswered(question: string, entry?: EntryMatch): Answer;
  /** Not answered (refused, or a "doesn't say" entry); the entry is `entry`, when given. */
  expectNotAnswered(question: string, entry?: EntryMatch): Answer;
  /** Not answered for `reason` ("out-of-scope", "not-in-article"…); the entry is `entry`, when given. */
  expectRefused(question: string, reason: NoAnswerReason, entry?: EntryMatch): Answer;
}

/** The checks for questions read in `lang` (undefined: the engine reads the language from the question). */
export function answerChecks(lang?: Lang): AnswerChecks {
  const ask = (question: string): Answer => realEngine.findAnswer(question, lang);
  return {
    ask,
    expectAnswered(question, entry) {
      const a = ask(question);
      expect(a.answered, `${question}: ${a.reason ?? ""}`).toBe(true);
      expectEntry(a, question, entry);
      return a;
    },
    expectNotAnswered(question, entry) {
      const a = ask(question);
      expect(a.answered, `${question}: answered from ${a.entry?.id}`).toBe(false);
      expectEntry(a, question, entry);
      return a;
    },
    expectRefused(question, reason, entry) {
      const a = ask(question);
      expect(a.answered, `${question}: answered from ${a.entry?.id}`).toBe(false);
      expect(a.reason, question).toBe(reason);
      expectEntry(a, question, entry);
      return a;
    },
  };
}

export const { ask: askEnglish, expectAnswered, expectNotAnswered, expectRefused } = answerChecks("en");
