// The webhook server under load (the bench, src/cli/bench-webhook.ts, runs 10,000 updates; this is its smaller
// twin for the suite): every concurrently POSTed update is answered exactly once.
import { describe, expect, it } from "vitest";
import { runWebhookLoad } from "../../src/cli/webhook-load.js";
import { createLogger } from "../../src/logger.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { LogCapture } from "../helpers/log-capture.js";

describe("the webhook server under load", () => {
  it("answers each of 2,000 updates from 500 chats, 100 in flight, exactly once", async () => {
    const logs = new LogCapture();
    const report = await runWebhookLoad({
      updates: 2_000,
      chats: 500,
      concurrency: 100,
      kb: realKb,
      engine: realEngine,
      logger: createLogger({ level: "warn", destination: logs }),
    });
    expect(report).toMatchObject({ updates: 2_000, lost: 0, duplicated: 0, failedRequests: 0 });
    expect(logs.lines).toEqual([]);
    // A correctness test, not a speed target (that is npm run bench): on a shared machine 2,000 updates took 16–25 s.
  }, 60_000);
});
