// The long-input guard's own check: it passes a fast reader and fails a slow one, also now that it judges the
// fastest of up to three tries (a slow try is retried; a slow reader is slow on every try).
import { describe, expect, it } from "vitest";
import { expectFast } from "./helpers/long-input.js";

describe("expectFast", () => {
  it("passes a reader that finishes far below the bound", () => {
    expectFast(() => /^a+$/.test("a".repeat(20_000)), 200);
  });
  it("fails a reader that is slow on every try, after three tries", () => {
    // A backtracking pattern's cost depends on the machine; a reader that always overruns does not.
    let tries = 0;
    expect(() =>
      expectFast(() => {
        tries++;
        const until = performance.now() + 15;
        while (performance.now() < until) {
          // slow on every try
        }
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
