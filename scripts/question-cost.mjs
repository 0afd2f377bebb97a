// node --max-semi-space-size=4 scripts/question-cost.mjs [PASSES] [--turns] — what each question of the bench's mix
// costs on the CPU clock (process.cpuUsage), played PASSES times (default 5) through one engine as
// dist/src/cli/bench.js plays it (with --turns: each message through the dialogue layer, as the bench's turn loop). Prints the pooled p50 / p99 (what the bench reports), the p99 of each question's MEDIAN over the passes
// (its own cost: a young-generation collection or another process's turn lands on one pass, not on most), the
// share of answers during which a scavenge ran, and the dearest questions by median. A p99 far above the medians'
// p99 is set by collections or the machine, not by a reader. Uses the build (npm run build).
import { join } from "node:path";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { dist, loadBuiltEngine } from "./built-engine.mjs";

const root = new URL("..", import.meta.url).pathname;

const { claimCheckerSharing } = await import(dist("claims/index.js"));
const { benchMix } = await import(dist("cli/bench-mix.js"));
const { readCheckedConversation } = await import(dist("dialogue/conversation-read.js"));
const { createDialogue } = await import(dist("dialogue/dialogue.js"));

const turns = process.argv.includes("--turns");
const passes = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 5);
const QUESTIONS = 12_000;
const { knowledgeDir, kb, engine } = await loadBuiltEngine();
const claims = claimCheckerSharing(kb, engine);
claims.warmUp();
engine.warmUp();
const mix = benchMix(join(root, "test", "questions"));
for (let k = 0; k < 500; k++) engine.findAnswer(mix.questionAt(mix.warmUpAt(k)));
const conversation = readCheckedConversation(knowledgeDir) ?? { storyPoint: [], verdicts: new Map() };
const dialogue = createDialogue({ engine, kb, claims, conversation });
if (turns) {
  const warm = createDialogue({ engine, kb, claims, conversation });
  let context = null;
  for (let k = 0; k < 500; k++)
    context = warm.respond(mix.messageAt(mix.warmUpAt(k)), { lang: "en", context, now: k * 1000 }).context;
}
let context = null;
/** One message of the mix: an answer, or with --turns a dialogue turn (a new context at each pass's start). */
const play = (i) => {
  if (!turns) return engine.findAnswer(mix.questionAt(i));
  if (i === 0) context = null;
  context = dialogue.respond(mix.messageAt(i), { lang: "en", context, now: i * 1000 }).context;
};
const textAt = (i) => (turns ? mix.messageAt(i) : mix.questionAt(i));

let scavenges = 0;
let counting = true;
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if (counting && e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++;
}).observe({ entryTypes: ["gc"] });

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const runs = Array.from({ length: QUESTIONS }, () => new Float64Array(passes));
const pooled = new Float64Array(QUESTIONS * passes);
for (let p = 0; p < passes; p++)
  for (let i = 0; i < QUESTIONS; i++) {
    const c = cpuMs();
    play(i);
    const d = cpuMs() - c;
    runs[i][p] = d;
    pooled[p * QUESTIONS + i] = d;
  }
// The observer hears of the last collections on a later turn of the event loop.
await new Promise((resolve) => setTimeout(resolve, 50));
counting = false;

const at = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
pooled.sort();
// The bench times ONE pass, the first: what a question costs the first time its words and shape are read (typo
// look-ups of new words, regexps compiled on first use) shows there and not in the medians (perf-speed48).
const overByPass = Array.from({ length: passes }, (_, p) => runs.reduce((n, r) => n + (r[p] > 1 ? 1 : 0), 0));
const medians = runs.map((r) => r.sort()[r.length >> 1]);
const sortedMedians = Float64Array.from(medians).sort();
const f = (x) => x.toFixed(3);
console.log(
  `${QUESTIONS} ${turns ? "dialogue turns" : "questions"} x ${passes} passes (${mix.distinct} distinct), CPU clock, ms`,
);
console.log(`  pooled: p50 ${f(at(pooled, 50))}  p99 ${f(at(pooled, 99))}  p99.9 ${f(at(pooled, 99.9))}`);
console.log(
  `  each question's median: p50 ${f(at(sortedMedians, 50))}  p98 ${f(at(sortedMedians, 98))}  p99 ${f(at(sortedMedians, 99))}  p99.9 ${f(at(sortedMedians, 99.9))}`,
);
console.log(
  `  scavenges: ${scavenges} in ${QUESTIONS * passes} answers (${((100 * scavenges) / (QUESTIONS * passes)).toFixed(2)}% of answers ran one)`,
);
console.log(`  answers over 1 ms, by pass (the bench times the first): ${overByPass.join(" / ")}`);
const order = [...medians.keys()].sort((a, b) => medians[b] - medians[a]);
for (const i of order.slice(0, Number(process.env.TOP ?? 20)))
  console.log(`  ${f(medians[i])}  #${i}  ${JSON.stringify(textAt(i)).slice(0, 110)}`);
