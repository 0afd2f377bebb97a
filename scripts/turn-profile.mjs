// node --optimize-for-size --max-semi-space-size=4 scripts/turn-profile.mjs [DEAREST] — where the bench's dearest
// dialogue turns spend their time. Replays dist/app/bench/bench.js's turn loop (its warm-ups, then 12,000 turns of
// the mix through a fresh dialogue) with V8's sampling profiler on the timed pass only, and keeps only the samples
// taken inside the DEAREST (default 240) turns by CPU clock: a whole-pass profile is flat, the tail is not.
// Prints self and inclusive shares of those samples, and how many of those turns ran a new claim check (the
// dialogue's check cache misses). PROFILE=file also writes the whole profile. Uses the build (npm run build).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { dist, loadBuiltEngine } from "./built-engine.mjs";
import { countSelfAndInclusive, samplesInSpans } from "./cpu-profile.mjs";

const root = new URL("..", import.meta.url).pathname;
const { claimCheckerSharing } = await import(dist("claims/index.js"));
const { benchMix } = await import(dist("cli/bench-mix.js"));
const { readCheckedConversation } = await import(dist("dialogue/conversation-read.js"));
const { createDialogue } = await import(dist("dialogue/dialogue.js"));

const DEAREST = Number(process.argv[2] ?? 240);
const TURNS = 12_000;
const { knowledgeDir, kb, engine } = await loadBuiltEngine();
const shared = claimCheckerSharing(kb, engine);
let checks = 0;
const claims = Object.assign(
  (text) => {
    checks++;
    return shared(text);
  },
  { warmUp: shared.warmUp },
);
engine.warmUp();
claims.warmUp();
const mix = benchMix(join(root, "test", "questions"));
for (let k = 0; k < 500; k++) engine.findAnswer(mix.questionAt(mix.warmUpAt(k)));
for (let i = 0; i < TURNS; i++) engine.findAnswer(mix.questionAt(i));
const conversation = readCheckedConversation(knowledgeDir) ?? { storyPoint: [], verdicts: new Map() };
const warm = createDialogue({ engine, kb, claims, conversation });
let context = null;
for (let k = 0; k < 500; k++)
  context = warm.respond(mix.messageAt(mix.warmUpAt(k)), { lang: "en", context, now: k * 1000 }).context;
const dialogue = createDialogue({ engine, kb, claims, conversation });
context = null;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const cost = new Float64Array(TURNS);
const from = new Float64Array(TURNS);
const to = new Float64Array(TURNS);
const checked = new Uint8Array(TURNS);
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
for (let i = 0; i < TURNS; i++) {
  checks = 0;
  const c = cpuMs();
  from[i] = Number(process.hrtime.bigint() / 1000n);
  context = dialogue.respond(mix.messageAt(i), { lang: "en", context, now: i * 1000 }).context;
  to[i] = Number(process.hrtime.bigint() / 1000n);
  cost[i] = cpuMs() - c;
  checked[i] = checks > 0 ? 1 : 0;
}
const { profile } = await session.post("Profiler.stop");
if (process.env.PROFILE) writeFileSync(process.env.PROFILE, JSON.stringify(profile));

// The dearest turns' time spans (the profiler's clock and hrtime are both the monotonic clock, in µs).
const dearest = [...cost.keys()].sort((a, b) => cost[b] - cost[a]).slice(0, DEAREST);
const spans = dearest.map((i) => [from[i], to[i]]).sort((a, b) => a[0] - b[0]);
const self = new Map();
const inclusive = new Map();
const total = samplesInSpans(profile, spans, (stack, dt) =>
  countSelfAndInclusive(stack, dt, self, inclusive),
);
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join("\n");
const ran = dearest.filter((i) => checked[i]).length;
console.log(
  `${DEAREST} dearest of ${TURNS} turns (CPU clock, cut at ${cost[dearest.at(-1)].toFixed(3)} ms): ${ran} ran a new claim check; ${(total / 1000).toFixed(0)} ms sampled`,
);
console.log(`self:\n${top(self, 30)}\ninclusive:\n${top(inclusive, 60)}`);
