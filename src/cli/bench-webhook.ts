// Webhook load bench: 10,000 updates from 1,000 chats POSTed to the real webhook server on 127.0.0.1, 200 in
// flight, with the store on as in production (the SQLite file; Redis too when REDIS_URL is set); prints
// throughput and latency, and exits 1 if any update was lost, answered twice or refused, or throughput falls
// below the target.
// Run: npx tsx src/cli/bench-webhook.ts, or node dist/src/cli/bench-webhook.js after npm run build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine } from "../answering/index.js";
import { createLogger } from "../logger.js";
import { openRedisStore, openSqliteStore, type Store } from "../storage/index.js";
import { loadKnowledgeBaseOrExit } from "./load.js";
import { runWebhookLoad } from "./webhook-load.js";

const UPDATES = 10_000;
const CHATS = 1_000;
const IN_FLIGHT = 200;
/** Updates per second on loopback, with the store on (the figure before the store was ~1,900). */
const TARGET_UPDATES_PER_SECOND = 1_900;

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
    print(name, report, store !== undefined);
  } finally {
    await store?.close();
  }
}
rmSync(dir, { recursive: true, force: true });

function print(
  storeName: string,
  report: Awaited<ReturnType<typeof runWebhookLoad>>,
  targeted: boolean,
): void {
  const ok = report.lost === 0 && report.duplicated === 0 && report.failedRequests === 0;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `webhook (${storeName} store): ${report.updates} updates from ${report.chats} chats, ${IN_FLIGHT} in flight, on 127.0.0.1`,
  );
  const fast = !targeted || report.updatesPerSecond >= TARGET_UPDATES_PER_SECOND;
  console.log(
    `  ${fast ? "ok  " : "MISS"} throughput (target >= ${TARGET_UPDATES_PER_SECOND}): ${Math.round(report.updatesPerSecond)} updates/s (${report.seconds.toFixed(2)} s)`,
  );
  console.log(
    `  latency: p50 ${ms(report.latencyMs.p50)}, p99 ${ms(report.latencyMs.p99)}, max ${ms(report.latencyMs.max)}`,
  );
  console.log(
    `  ${ok ? "ok  " : "MISS"} every update answered exactly once: ` +
      `${report.lost} lost, ${report.duplicated} answered twice, ${report.failedRequests} not 200`,
  );
  if (!ok || !fast) process.exitCode = 1;
}
