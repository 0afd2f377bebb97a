// What the real engine answers an English question, asserted the same way by the everyday-English test files.
import { expect } from "vitest";
import type { Answer } from "../../src/answering/index.js";
import { realEngine } from "./engine.js";

export const askEnglish = (question: string): Answer => realEngine.findAnswer(question, "en");

/** Answered from an entry whose id matches `entry` (a string is the exact id). */
export function expectAnswered(question: string, entry: RegExp | string): Answer {
  const a = askEnglish(question);
  expect(a.answered, `${question}: ${a.reason ?? ""}`).toBe(true);
  if (typeof entry === "string") expect(a.entry?.id, question).toBe(entry);
  else expect(a.entry?.id, question).toMatch(entry);
  return a;
}

/** Not answered: refused, or a "doesn't say" entry. */
export function expectNotAnswered(question: string): Answer {
  const a = askEnglish(question);
  expect(a.answered, `${question}: answered from ${a.entry?.id}`).toBe(false);
  return a;
}
