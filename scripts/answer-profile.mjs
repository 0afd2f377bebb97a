// node --optimize-for-size --max-semi-space-size=4 --max-old-space-size=128 --v8-pool-size=1 --no-incremental-marking scripts/answer-profile.mjs [DEAREST]
// — where the bench's dearest answers spend their time. Replays dist/app/bench/bench.js's answer loop (its warm-ups,
// then the 12,000 questions of the mix through the same engine, ONE pass: the one the bench times) with V8's
// sampling profiler on, and keeps only the samples taken inside the DEAREST (default 240: the slowest 2%) answers
// by CPU clock. Prints the CPU-clock p50 / p99, the scavenges per 1,000 answers and how many of the dearest answers
// ran one, the samples grouped by cause (typo correction, garbage collection, ranking, compilation, the rest) and
// the top functions. PROFILE=file also writes the whole profile. Uses the build (npm run build).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { constants, PerformanceObserver, performance } from "node:perf_hooks";
import { dist, warmedAsBench } from "./built-engine.mjs";
import { countSelfAndInclusive, samplesInSpans } from "./cpu-profile.mjs";

// Typo correction of a word never read before (TypoTargets.fixUnfamiliar, its own memo missed) and ranking
// (Ranker.rank), timed on the CPU clock per answer by wrapping their methods: with NOPROF=1 only (the wrappers'
// clock reads would show in the profile).
const { TypoTargets } = await import(dist("answering/lexicon-typos.js"));
const { Ranker } = await import(dist("answering/ranker.js"));
const spent = { typo: 0, rank: 0 };
// The process's CPU clock (all its threads: the collector's concurrent marking and the optimising compiler's
// background work count where they happen to run; Node 20 has no clock of the main thread alone).
const clock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let typoCalls = 0;
let rankCalls = 0;
const timed = (proto, method, key) => {
  const original = proto[method];
  proto[method] = function (...args) {
    const c = clock();
    try {
      return original.apply(this, args);
    } finally {
      spent[key] += clock() - c;
      if (key === "typo") typoCalls++;
      else rankCalls++;
    }
  };
};
const profiling = process.env.NOPROF === undefined;
if (!profiling) {
  timed(TypoTargets.prototype, "fixUnfamiliar", "typo");
  timed(Ranker.prototype, "rank", "rank");
}

const DEAREST = Number(process.argv[2] ?? 240);
const QUESTIONS = 12_000;
const { engine, mix } = await warmedAsBench();

const gcs = [];
const gcMs = [];
let majors = 0;
let counting = false;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (!counting) continue;
    if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) {
      gcs.push(e.startTime);
      gcMs.push(e.duration);
    } else majors++;
  }
}).observe({ entryTypes: ["gc"] });
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const cost = new Float64Array(QUESTIONS);
const from = new Float64Array(QUESTIONS);
const to = new Float64Array(QUESTIONS);
const pFrom = new Float64Array(QUESTIONS);
const typoMs = new Float64Array(QUESTIONS);
const rankMs = new Float64Array(QUESTIONS);
const rankN = new Uint16Array(QUESTIONS);
let typoCallsBefore = 0;
const pTo = new Float64Array(QUESTIONS);
const session = new Session();
if (profiling) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
}
if (process.env.MARK) console.log("=== TIMED PASS ===");
counting = true;
for (let i = 0; i < QUESTIONS; i++) {
  const q = mix.questionAt(i);
  spent.typo = 0;
  spent.rank = 0;
  const rankBefore = rankCalls;
  if (i === 0) typoCallsBefore = typoCalls;
  const c = cpuMs();
  pFrom[i] = performance.now();
  from[i] = Number(process.hrtime.bigint() / 1000n);
  engine.findAnswer(q);
  to[i] = Number(process.hrtime.bigint() / 1000n);
  pTo[i] = performance.now();
  cost[i] = cpuMs() - c;
  typoMs[i] = spent.typo;
  rankMs[i] = spent.rank;
  rankN[i] = rankCalls - rankBefore;
}
const profile = profiling ? (await session.post("Profiler.stop")).profile : null;
await new Promise((resolve) => setTimeout(resolve, 50));
counting = false;
if (profile && process.env.PROFILE) writeFileSync(process.env.PROFILE, JSON.stringify(profile));

const sorted = Float64Array.from(cost).sort();
const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const dearest = [...cost.keys()].sort((a, b) => cost[b] - cost[a]).slice(0, DEAREST);
// Scavenges that started inside an answer (the performance timeline's clock).
const gcIn = new Uint8Array(QUESTIONS);
let g = 0;
for (let i = 0; i < QUESTIONS; i++) {
  while (g < gcs.length && gcs[g] < pFrom[i]) g++;
  let k = g;
  while (k < gcs.length && gcs[k] <= pTo[i]) {
    gcIn[i]++;
    k++;
  }
}
const inAnswers = gcIn.reduce((n, x) => n + x, 0);
console.log(
  `${QUESTIONS} answers, one pass, CPU clock: p50 ${at(50).toFixed(3)}  p98 ${at(98).toFixed(3)}  p99 ${at(99).toFixed(3)} ms; over 1 ms: ${cost.filter((c) => c > 1).length}`,
);
console.log(
  `  scavenges: ${gcs.length} in the pass (${((1000 * gcs.length) / QUESTIONS).toFixed(1)} per 1,000 answers), ${inAnswers} inside answers; in the ${DEAREST} dearest: ${dearest.filter((i) => gcIn[i]).length}`,
);
const gcSorted = Float64Array.from(gcMs).sort();
const gcAt = (p) => gcSorted[Math.min(gcSorted.length - 1, Math.floor((p / 100) * gcSorted.length))] ?? 0;
const withGc = Float64Array.from(cost.filter((_, i) => gcIn[i])).sort();
const noGc = Float64Array.from(cost.filter((_, i) => !gcIn[i])).sort();
const pOf = (a, p) => a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))] ?? 0;
console.log(
  `  scavenge wall ms p50 ${gcAt(50).toFixed(3)}  p90 ${gcAt(90).toFixed(3)}  max ${gcAt(100).toFixed(3)}; major GCs ${majors}; answers with a scavenge p50 ${pOf(withGc, 50).toFixed(3)} ms, without p50 ${pOf(noGc, 50).toFixed(3)} / p99 ${pOf(noGc, 99).toFixed(3)} ms (${noGc.filter((c) => c > 1).length} over 1 ms)`,
);
const sum = (a, idx) => idx.reduce((n, i) => n + a[i], 0);
const all = [...cost.keys()];
if (!profiling)
  console.log(
    `  typo correction of new words: ${typoCalls - typoCallsBefore} words, ${sum(typoMs, all).toFixed(0)} ms CPU in the pass, ${sum(typoMs, dearest).toFixed(0)} ms in the ${DEAREST} dearest (of their ${sum(cost, dearest).toFixed(0)} ms); ranking ${sum(rankMs, all).toFixed(0)} / ${sum(rankMs, dearest).toFixed(0)} ms; answers with a scavenge in the dearest: ${dearest.filter((i) => gcIn[i]).length}, with typo work over 0.3 ms: ${dearest.filter((i) => typoMs[i] > 0.3).length}`,
  );
if (!profiling)
  console.log(
    `  rank() calls per answer: all ${(sum(rankN, all) / QUESTIONS).toFixed(2)}, dearest ${(sum(rankN, dearest) / DEAREST).toFixed(2)}; CPU per call: all ${(sum(rankMs, all) / sum(rankN, all)).toFixed(3)} ms, dearest ${(sum(rankMs, dearest) / sum(rankN, dearest)).toFixed(3)} ms`,
  );
if (process.env.DUMP)
  writeFileSync(
    process.env.DUMP,
    dearest
      .map((i) =>
        JSON.stringify({
          i,
          ms: +cost[i].toFixed(3),
          typo: +typoMs[i].toFixed(3),
          rank: +rankMs[i].toFixed(3),
          ranks: rankN[i],
          gc: gcIn[i],
          q: mix.questionAt(i),
        }),
      )
      .join("\n"),
  );
if (!profile) process.exit(0);

const spans = dearest.map((i) => [from[i], to[i]]).sort((a, b) => a[0] - b[0]);
// A sample's cause: the first of these found going up its stack (innermost first for GC and compilation).
const CAUSES = [
  ["gc", (n) => n.callFrame.functionName === "(garbage collector)"],
  ["compile/other VM", (n) => n.callFrame.functionName === "(program)"],
  [
    "typo correction",
    (n) =>
      /lexicon-typos|typos\.js|everyday-slips|plain-slips|typo-slips|fuse|porter|chat-spelling/.test(
        n.callFrame.url,
      ),
  ],
  ["ranking", (n) => /ranker/.test(n.callFrame.url)],
];
const byCause = new Map();
const self = new Map();
const inclusive = new Map();
const total = samplesInSpans(profile, spans, (stack, dt) => {
  let cause = null;
  for (const [name, test] of CAUSES) if (cause === null && stack.some(test)) cause = name;
  cause ??= stack.some((n) => /readers|reading|gate|routing/.test(n.callFrame.url))
    ? "readers/gates"
    : "rest";
  byCause.set(cause, (byCause.get(cause) ?? 0) + dt);
  countSelfAndInclusive(stack, dt, self, inclusive);
});
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join("\n");
console.log(
  `${DEAREST} dearest (cut at ${cost[dearest.at(-1)].toFixed(3)} ms CPU), ${(total / 1000).toFixed(0)} ms sampled; by cause:\n${top(byCause, 10)}`,
);
console.log(
  `self:\n${top(self, Number(process.env.TOP ?? 25))}\ninclusive:\n${top(inclusive, Number(process.env.TOP ?? 40))}`,
);
if (process.env.DUMP)
  writeFileSync(
    process.env.DUMP,
    JSON.stringify(dearest.map((i) => ({ i, ms: cost[i], gc: gcIn[i], q: mix.questionAt(i) }))),
  );
