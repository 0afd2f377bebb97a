// node --optimize-for-size --max-semi-space-size=4 --max-old-space-size=128 --v8-pool-size=1 --no-incremental-marking scripts/answer-allocations.mjs — what the
// bench's timed answers allocate (the garbage that sets how often a young-generation collection runs). Replays
// dist/app/bench/bench.js's answer loop (its warm-ups, then ONE pass of the 12,000 questions of the mix) with V8's
// sampling heap profiler on, counting objects a collection already took too, and prints the bytes per answer and the
// functions that allocate most (self, and inclusive of what they call). Uses the build (npm run build).
import { Session } from "node:inspector/promises";
import { warmedAsBench } from "./built-engine.mjs";
import { nameOf } from "./cpu-profile.mjs";

const QUESTIONS = 12_000;
const { engine, mix } = await warmedAsBench();

const session = new Session();
session.connect();
await session.post("HeapProfiler.enable");
await session.post("HeapProfiler.startSampling", {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let i = 0; i < QUESTIONS; i++) engine.findAnswer(mix.questionAt(i));
const { profile } = await session.post("HeapProfiler.stopSampling");

const self = new Map();
const inclusive = new Map();
let total = 0;
const byCaller = new Map();
const walk = (node, path, caller = "") => {
  const name = nameOf(node);
  const here = node.selfSize;
  total += here;
  self.set(name, (self.get(name) ?? 0) + here);
  // A built-in (split, replace, an iterator's next…) is charged to the code that called it.
  const site = node.callFrame.url === "" ? `${name.trim()} <- ${caller}` : name;
  byCaller.set(site, (byCaller.get(site) ?? 0) + here);
  const onPath = new Set([...path, name]);
  for (const n of onPath) inclusive.set(n, (inclusive.get(n) ?? 0) + here);
  for (const c of node.children) walk(c, onPath, node.callFrame.url === "" ? caller : name);
};
walk(profile.head, new Set());
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([name, v]) =>
        `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / QUESTIONS / 1024).toFixed(2).padStart(6)} KB/answer  ${name}`,
    )
    .join("\n");
console.log(
  `${QUESTIONS} answers: ~${(total / QUESTIONS / 1024).toFixed(1)} KB allocated per answer (sampled)`,
);
console.log(`by site (built-ins charged to their caller):\n${top(byCaller, Number(process.env.TOP ?? 30))}`);
console.log(
  `self:\n${top(self, Number(process.env.TOP ?? 30))}\ninclusive:\n${top(inclusive, Number(process.env.TOP ?? 50))}`,
);
