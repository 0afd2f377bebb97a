// node --optimize-for-size --max-semi-space-size=4 --max-old-space-size=128 --v8-pool-size=1 scripts/one-question.mjs
// [--turn] "QUESTION" [N] — what ONE question costs, warmed as the bench warms: its first answer, then N more
// (default 200) on the CPU clock, and V8's sampling profiler over the N, ranking functions by self and inclusive
// time. Finds the reader a slow question of question-cost.mjs spends its time in. Uses the build (npm run build).
import { Session } from "node:inspector/promises";
import { dist, warmedAsBench } from "./built-engine.mjs";
import { countSelfAndInclusive, samplesInSpans } from "./cpu-profile.mjs";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const turn = process.argv.includes("--turn");
const question = args[0];
const n = Number(args[1] ?? 200);
const { engine, kb, claims } = await warmedAsBench();
const { createDialogue } = await import(dist("dialogue/dialogue.js"));
const dialogue = createDialogue({
  engine,
  kb,
  claims,
  conversation: { storyPoint: [], verdicts: new Map() },
});
// The engine remembers the answers of the message being read (message-answers.ts): forgotten before each replay,
// or every replay after the first is a look-up.
const play = () => {
  engine.forgetReadings?.();
  return turn
    ? dialogue.respond(question, { lang: "en", context: null, now: 0 })
    : engine.findAnswer(question);
};
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let c = cpuMs();
play();
const first = cpuMs() - c;
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 50 });
await session.post("Profiler.start");
const costs = [];
const from = Number(process.hrtime.bigint() / 1000n);
for (let k = 0; k < n; k++) {
  c = cpuMs();
  play();
  costs.push(cpuMs() - c);
}
const to = Number(process.hrtime.bigint() / 1000n);
const { profile } = await session.post("Profiler.stop");
costs.sort((a, b) => a - b);
console.log(
  `first ${first.toFixed(3)} ms; then median ${costs[costs.length >> 1].toFixed(3)} ms, min ${costs[0].toFixed(3)} (n ${n})`,
);
const self = new Map();
const inclusive = new Map();
const total = samplesInSpans(profile, [[from, to]], (stack, dt) =>
  countSelfAndInclusive(stack, dt, self, inclusive),
);
const top = (m, k) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join("\n");
console.log(
  `self:\n${top(self, Number(process.env.TOP ?? 25))}\ninclusive:\n${top(inclusive, Number(process.env.TOP ?? 25) + 15)}`,
);
