import { describe, expect, it } from "vitest";
import { RecentCache } from "../../src/lib/recent-cache.js";

describe("RecentCache", () => {
  it("computes a value once and hands back the kept one after", () => {
    const cache = new RecentCache<string, number>(10);
    let made = 0;
    const make = () => ++made;
    expect(cache.getOrMake("a", make)).toBe(1);
    expect(cache.getOrMake("a", make)).toBe(1);
    expect(made).toBe(1);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it("keeps a null result too (a word with no term is not looked up again)", () => {
    const cache = new RecentCache<string, string | null>(10);
    const made: string[] = [];
    cache.getOrMake("x", () => {
      made.push("first");
      return null;
    });
    expect(
      cache.getOrMake("x", () => {
        made.push("second");
        return "other";
      }),
    ).toBeNull();
    expect(made).toEqual(["first"]);
  });

  it("stays within its capacity, forgetting the least recently used key", () => {
    const cache = new RecentCache<number, number>(3);
    for (const k of [1, 2, 3]) cache.getOrMake(k, () => k);
    cache.getOrMake(1, () => -1); // 1 is used again: 2 is now the oldest
    cache.getOrMake(4, () => 4);
    expect(cache.size).toBe(3);
    expect(cache.getOrMake(1, () => -1)).toBe(1);
    expect(cache.getOrMake(2, () => -2)).toBe(-2);
  });

  it("refuses a capacity below one", () => {
    expect(() => new RecentCache(0)).toThrow(RangeError);
  });
});
