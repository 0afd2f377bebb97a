// Webhook load bench: 10,000 updates from 1,000 chats POSTed to the real webhook server on 127.0.0.1, 200 in
// flight; prints throughput and latency, and exits 1 if any update was lost, answered twice or refused.
// Run: npx tsx src/cli/bench-webhook.ts, or node dist/src/cli/bench-webhook.js after npm run build.
import { createEngine } from "../answering/index.js";
import { createLogger } from "../logger.js";
import { loadKnowledgeBaseOrExit } from "./load.js";
import { runWebhookLoad } from "./webhook-load.js";

const UPDATES = 10_000;
const CHATS = 1_000;
const IN_FLIGHT = 200;

const kb = loadKnowledgeBaseOrExit();
const report = await runWebhookLoad({
  updates: UPDATES,
  chats: CHATS,
  concurrency: IN_FLIGHT,
  kb,
  engine: createEngine(kb),
  logger: createLogger({ level: "warn", destination: process.stderr }),
});

const ok = report.lost === 0 && report.duplicated === 0 && report.failedRequests === 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(
  `webhook: ${report.updates} updates from ${report.chats} chats, ${IN_FLIGHT} in flight, on 127.0.0.1`,
);
console.log(
  `  throughput: ${Math.round(report.updatesPerSecond)} updates/s (${report.seconds.toFixed(2)} s)`,
);
console.log(
  `  latency: p50 ${ms(report.latencyMs.p50)}, p99 ${ms(report.latencyMs.p99)}, max ${ms(report.latencyMs.max)}`,
);
console.log(
  `  ${ok ? "ok  " : "MISS"} every update answered exactly once: ` +
    `${report.lost} lost, ${report.duplicated} answered twice, ${report.failedRequests} not 200`,
);
if (!ok) process.exitCode = 1;
