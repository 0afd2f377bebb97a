// scripts/cpu-profile.mjs, the profile reading shared by answer-profile.mjs and turn-profile.mjs: only the samples
// inside the given time spans are visited, each with its stack innermost first; self and inclusive time per function.
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs measuring script without types
import { countSelfAndInclusive, nameOf, samplesInSpans } from "../../scripts/cpu-profile.mjs";

const frame = (functionName: string, line: number) => ({
  functionName,
  url: "file:///p/dist/src/a/b.js",
  lineNumber: line,
});

/** root → outer → inner (twice: a recursive call), and root → other. */
const profile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", 0), children: [2, 5] },
    { id: 2, callFrame: frame("outer", 9), children: [3] },
    { id: 3, callFrame: frame("inner", 19), children: [4] },
    { id: 4, callFrame: frame("inner", 19), children: [] },
    { id: 5, callFrame: frame("other", 29) },
  ],
  startTime: 1000,
  // Samples at 1010, 1020, 1030, 1040, 1050.
  samples: [4, 5, 3, 2, 5],
  timeDeltas: [10, 10, 10, 10, 10],
};

describe("cpu-profile.mjs", () => {
  it("names a node by function, the file's last two path parts and its line", () => {
    expect(nameOf(profile.nodes[1])).toBe("outer a/b.js:10");
    expect(nameOf({ callFrame: frame("", 0) })).toBe("(anonymous) a/b.js:1");
  });

  it("visits the samples inside the spans only, innermost first, and returns their time", () => {
    const seen: [string[], number][] = [];
    const total = samplesInSpans(
      profile,
      [
        [1005, 1015],
        [1030, 1040],
      ],
      (stack: { callFrame: { functionName: string } }[], dt: number) =>
        seen.push([stack.map((n) => n.callFrame.functionName), dt]),
    );
    expect(seen).toEqual([
      [["inner", "inner", "outer", "(root)"], 10],
      [["inner", "outer", "(root)"], 10],
      [["outer", "(root)"], 10],
    ]);
    expect(total).toBe(30);
    expect(samplesInSpans(profile, [], () => expect.fail("no span, no sample"))).toBe(0);
  });

  it("counts a sample's time once per function on its stack, and to its innermost function as self", () => {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    samplesInSpans(profile, [[0, 2000]], (stack: unknown[], dt: number) =>
      countSelfAndInclusive(stack, dt, self, inclusive),
    );
    expect(Object.fromEntries(self)).toEqual({
      "inner a/b.js:20": 20,
      "other a/b.js:30": 20,
      "outer a/b.js:10": 10,
    });
    expect(inclusive.get("inner a/b.js:20")).toBe(20);
    expect(inclusive.get("outer a/b.js:10")).toBe(30);
    expect(inclusive.get("(root) a/b.js:1")).toBe(50);
  });
});
