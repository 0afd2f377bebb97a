// rememberingLast: a pure string function's last few results answered from memory, the rest read afresh.
import { describe, expect, it } from "vitest";
import { rememberingLast } from "../../src/lib/last-results.js";

describe("rememberingLast", () => {
  it("answers a text among the last few from memory, with the result read would give", () => {
    const calls: string[] = [];
    const upper = rememberingLast((t: string) => {
      calls.push(t);
      return t.toUpperCase();
    }, 2);
    expect(upper("a")).toBe("A");
    expect(upper("b")).toBe("B");
    expect(upper("a")).toBe("A");
    expect(calls).toEqual(["a", "b"]);
  });

  it("reads again a text pushed out by newer ones", () => {
    const calls: string[] = [];
    const length = rememberingLast((t: string) => {
      calls.push(t);
      return t.length;
    }, 2);
    for (const t of ["x", "yy", "zzz", "x"]) length(t);
    expect(calls).toEqual(["x", "yy", "zzz", "x"]);
    expect(length("zzz")).toBe(3);
    expect(calls).toHaveLength(4);
  });

  it("tells texts apart by value, not by identity", () => {
    let calls = 0;
    const read = rememberingLast((t: string) => {
      calls++;
      return t;
    });
    read(["pes", "kov"].join(""));
    read(`pes${"kov"}`);
    expect(calls).toBe(1);
  });
});
