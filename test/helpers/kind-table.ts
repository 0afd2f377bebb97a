// Tables for the kinds tests (quality-*-kinds, quality-en48, dialog50-kinds…): each check is a row of (input → what
// is expected), asserted with the input as its message, so a test file reads as a list of questions and what they
// should become, and a broken row names itself.
import { expect } from "vitest";
import type { Answer } from "../../src/answering/index.js";
import { realEngine } from "./engine.js";

/** One row: the input, and what the reader or engine should make of it. */
export type Row<T> = readonly [input: string, expected: T];

/** What the real engine answers `question` from (language read from it): the entry id, or the kind (summary…). */
export function entryOf(question: string): string | null {
  return answeredFrom(realEngine.findAnswer(question));
}

/** The entry id or kind an answer comes from; null when it is not answered. */
export function answeredFrom(a: Answer): string | null {
  return a.answered ? (a.kind === "entry" ? (a.entry?.id ?? null) : a.kind) : null;
}

/** Each row: `read(input)` equals the expected value (strings, booleans, lists alike). */
export function expectRows<T>(read: (input: string) => T, rows: readonly Row<T>[]): void {
  for (const [input, expected] of rows) expect(read(input), input).toEqual(expected);
}

/** Each input: `rewrite` leaves it as typed (a reader that must not fire on it). */
export function expectUnchanged(rewrite: (input: string) => string, inputs: readonly string[]): void {
  for (const input of inputs) expect(rewrite(input), input).toBe(input);
}

/** Each row: the real engine answers the question from the entry (or kind); null: not answered. */
export function expectEntries(rows: readonly Row<string | null>[]): void {
  expectRows(entryOf, rows);
}

/** One chat: its messages in order, and what the reader should make of it (of its last reply, say). */
export type ChatRow<T> = readonly [messages: readonly string[], expected: T];

/** Each row: `read(messages)` equals the expected value; the chat, turns joined by " → ", is the message. */
export function expectChatRows<T>(read: (messages: string[]) => T, rows: readonly ChatRow<T>[]): void {
  for (const [messages, expected] of rows)
    expect(read([...messages]), messages.join(" → ")).toEqual(expected);
}
