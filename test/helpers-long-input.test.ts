// The long-input guard's own check: it passes a linear reader and fails a backtracking one, also now that it
// judges the fastest of up to three tries (a slow try is retried; a slow reader is slow on every try).
import { describe, expect, it } from "vitest";
import { expectFast } from "./helpers/long-input.js";

describe("expectFast", () => {
  it("passes a reader that finishes far below the bound", () => {
    expectFast(() => /^a+$/.test("a".repeat(20_000)), 200);
  });
  it("fails a reader that backtracks on long input, on every try", () => {
    let tries = 0;
    const backtracking = /^(a|aa)+$/;
    expect(() =>
      expectFast(() => {
        tries++;
        return backtracking.test(`${"a".repeat(28)}b`);
      }, 5),
    ).toThrow();
    expect(tries).toBe(3);
  });
  it("judges the fastest try, so one stalled try does not fail a fast reader", () => {
    let tries = 0;
    expectFast(() => {
      tries++;
      if (tries === 1) {
        const until = performance.now() + 30;
        while (performance.now() < until) {
          // a stall: the first try only
        }
      }
    }, 20);
    expect(tries).toBe(2);
  });
});
