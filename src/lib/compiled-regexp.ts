// The readers that build a RegExp from the question's own words (a side, a phrase, a claimed word) compile the same
// few sources again on every turn. `compiledRegExp` keeps the last 512 by source and flags, so a repeated message
// reuses its patterns. Only flags without g or y: such a RegExp keeps no state between uses (no lastIndex).
import { RecentCache } from "./recent-cache.js";

const compiled = new RecentCache<string, RegExp>(512);

/** `new RegExp(source, flags)`, compiled once per recent source and flags; flags must not hold g or y. */
export function compiledRegExp(source: string, flags = ""): RegExp {
  if (flags.includes("g") || flags.includes("y"))
    throw new RangeError("compiledRegExp: a g or y RegExp keeps state and cannot be shared");
  return compiled.getOrMake(`${flags}/${source}`, () => new RegExp(source, flags));
}
