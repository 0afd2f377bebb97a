// Webhook load bench: 10,000 updates from 1,000 chats POSTed to the real webhook server on 127.0.0.1, 200 in
// flight, with the store on as in production (the SQLite file; Redis too when REDIS_URL is set); prints
// throughput and latency, and exits 1 if any update was lost, answered twice or refused, or throughput falls
// below the target. Throughput is judged as a share of a bare grammY webhook bot's, measured in the same run
// (before and after the bot, averaged): on a shared machine the absolute figure says more about the load.
// Run: npx tsx src/cli/bench-webhook.ts, or node dist/src/cli/bench-webhook.js after npm run build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine } from "../answering/index.js";
import { createLogger } from "../logger.js";
import { openRedisStore, openSqliteStore, type Store } from "../storage/index.js";
import { loadKnowledgeBaseOrExit } from "./load.js";
import { type LoadReport, runBareWebhookLoad, runWebhookLoad } from "./webhook-load.js";

const UPDATES = 10_000;
const CHATS = 1_000;
const IN_FLIGHT = 200;
/**
 * The bot's throughput with the store on, as a share of the bare grammY bot's in the same run: at least what the
 * bot did before the store and the dialogue layer (commit a6edf16, measured side by side: docs/measurements.md).
 */
const TARGET_SHARE_OF_BARE = 0.4;
/** Issue 11: the whole bot's cost per update within 20x a bare grammY bot's. */
const MAX_COST_RATIO = 20;

const kb = loadKnowledgeBaseOrExit();
const engine = createEngine(kb);
const logger = createLogger({ level: "warn", destination: process.stderr });
const dir = mkdtempSync(join(tmpdir(), "bench-webhook-"));
const redisUrl = process.env.REDIS_URL || process.env.REDIS_URL_TEST;
const stores: [string, () => Promise<Store | undefined>][] = [
  // The figure before the store, measured in the same run as a reference for this machine's load.
  ["no (in memory, as before)", async () => undefined],
  ["sqlite", async () => openSqliteStore({ file: join(dir, "bench.sqlite") })],
  ...(redisUrl
    ? [
        ["redis", () => openRedisStore({ url: redisUrl, prefix: `bench:${Date.now()}:` })] as [
          string,
          () => Promise<Store | undefined>,
        ],
      ]
    : []),
];
const load = { updates: UPDATES, chats: CHATS, concurrency: IN_FLIGHT };
const questions = kb.entries.flatMap((e) => [e.question, ...e.phrasings]);
// Warm-up, not timed: the first thousands of updates in a process compile grammY's and the bot's code (JIT),
// which happens once per process, not per update.
const warmUp = { ...load, updates: 2_000 };
await runBareWebhookLoad(warmUp, questions);
await runWebhookLoad({ ...warmUp, kb, engine, logger });
const bareBefore = await runBareWebhookLoad(load, questions);
const results: [string, LoadReport, boolean][] = [];
for (const [name, open] of stores) {
  const store = await open();
  try {
    const report = await runWebhookLoad({
      updates: UPDATES,
      chats: CHATS,
      concurrency: IN_FLIGHT,
      kb,
      engine,
      logger,
      store,
    });
    results.push([name, report, store !== undefined]);
  } finally {
    await store?.close();
  }
}
const bareAfter = await runBareWebhookLoad(load, questions);
rmSync(dir, { recursive: true, force: true });
const bare = (bareBefore.updatesPerSecond + bareAfter.updatesPerSecond) / 2;
// Cost per update by CPU time (the whole process: bot, load and fake API alike), steadier than updates/s.
const bareCpuMs = (bareBefore.cpuMsPerUpdate + bareAfter.cpuMsPerUpdate) / 2;
console.log(
  `webhook (bare grammY bot, fixed reply): ${Math.round(bareBefore.updatesPerSecond)} updates/s before the bot, ` +
    `${Math.round(bareAfter.updatesPerSecond)} after (mean ${Math.round(bare)}); ${(1000 * bareCpuMs).toFixed(0)} µs of CPU per update`,
);
for (const [name, report, targeted] of results) print(name, report, targeted);

function print(storeName: string, report: LoadReport, targeted: boolean): void {
  const ok = report.lost === 0 && report.duplicated === 0 && report.failedRequests === 0;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `webhook (${storeName} store): ${report.updates} updates from ${report.chats} chats, ${IN_FLIGHT} in flight, on 127.0.0.1`,
  );
  const share = report.updatesPerSecond / bare;
  const fast = !targeted || share >= TARGET_SHARE_OF_BARE;
  const cost = report.cpuMsPerUpdate / bareCpuMs;
  const cheap = cost <= MAX_COST_RATIO;
  console.log(
    `  ${fast ? "ok  " : "MISS"} throughput: ${Math.round(report.updatesPerSecond)} updates/s (${report.seconds.toFixed(2)} s), ` +
      `${(100 * share).toFixed(1)}% of the bare bot's` +
      (targeted ? ` (target >= ${(100 * TARGET_SHARE_OF_BARE).toFixed(0)}%)` : " (reference)"),
  );
  console.log(
    `  ${cheap ? "ok  " : "MISS"} cost per update: ${(1000 * report.cpuMsPerUpdate).toFixed(0)} µs of CPU, ` +
      `${cost.toFixed(1)}x the bare bot's (target <= ${MAX_COST_RATIO}x)`,
  );
  console.log(
    `  latency: p50 ${ms(report.latencyMs.p50)}, p99 ${ms(report.latencyMs.p99)}, max ${ms(report.latencyMs.max)}`,
  );
  console.log(
    `  ${ok ? "ok  " : "MISS"} every update answered exactly once: ` +
      `${report.lost} lost, ${report.duplicated} answered twice, ${report.failedRequests} not 200`,
  );
  if (!ok || !fast || !cheap) process.exitCode = 1;
}
