// V8 profiles (node:inspector) read for the measuring scripts: answer-profile.mjs and turn-profile.mjs keep only
// the CPU samples taken inside their dearest answers or turns and rank functions by them; answer-allocations.mjs
// names the heap profile's functions the same way.

/** A profile node's name: its function, its file's last two path parts and its line. */
export const nameOf = (n) =>
  `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;

/**
 * Calls visit(stack, dt) for each sample of `profile` taken inside one of `spans` ([from, to] on the profiler's
 * clock, µs — the monotonic clock, as process.hrtime; sorted by from): the sample's stack of nodes, innermost
 * first, and its time (µs). Returns the time of the samples visited.
 */
export function samplesInSpans(profile, spans, visit) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let total = 0;
  let at = profile.startTime;
  let s = 0;
  for (let k = 0; k < profile.samples.length; k++) {
    const dt = profile.timeDeltas[k] ?? 0;
    at += dt;
    while (s < spans.length && spans[s][1] < at) s++;
    if (s >= spans.length || spans[s][0] > at) continue;
    total += dt;
    const stack = [];
    for (let id = profile.samples[k]; id !== undefined; id = parent.get(id)) stack.push(nodes.get(id));
    visit(stack, dt);
  }
  return total;
}

/** Adds a sample's time to its innermost function (self) and once to every function on its stack (inclusive). */
export function countSelfAndInclusive(stack, dt, self, inclusive) {
  const seen = new Set();
  for (const n of stack) {
    const name = nameOf(n);
    if (n === stack[0]) self.set(name, (self.get(name) ?? 0) + dt);
    if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    seen.add(name);
  }
}
