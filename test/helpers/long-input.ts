// The check every new reader gets: on long input (thousands of characters of its own words, near misses) it
// finishes far below the bound, which a linear pattern meets with room to spare on a loaded machine and a
// backtracking one cannot (test/bot/linear-time.test.ts explains the bounds). One place for the timing, so each
// test states only its inputs and its bound.
import { expect } from "vitest";

/**
 * Runs `run` and fails unless it finishes in under `limitMs`, trying up to three times: a backtracking pattern is
 * slow on every try (seconds, not milliseconds, on these inputs), while a loaded CI machine or a first compile can
 * stall one try past the bound (dialog34b-kinds' 200 ms guard read 236 ms once at load 12 on a reader that takes
 * 0–9 ms). The fastest try is judged.
 */
export function expectFast(run: () => unknown, limitMs: number): void {
  let fastest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && fastest >= limitMs; attempt++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  expect(fastest).toBeLessThan(limitMs);
}

/** `read` on each input in turn, each call on its own under `limitMs`. */
export function expectEachInputFast<T>(
  read: (input: T) => unknown,
  inputs: readonly T[],
  limitMs: number,
): void {
  for (const input of inputs) expectFast(() => read(input), limitMs);
}

/** Each unit repeated to at least `length` characters: a reader's own words run long. */
export function longRuns(units: readonly string[], length = 20_000): string[] {
  return units.map((unit) => unit.repeat(Math.ceil(length / unit.length)));
}

/** `read` on each unit repeated to 20,000 characters, all the calls together under `limitMs` (500 ms). */
export function expectLinearOnLongInput(
  read: (text: string) => unknown,
  units: readonly string[],
  limitMs = 500,
): void {
  expectFast(() => {
    for (const text of longRuns(units)) read(text);
  }, limitMs);
}
