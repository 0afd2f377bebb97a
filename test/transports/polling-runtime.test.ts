// Polling as an operator meets it: a restart in the middle of a batch loses and repeats nothing (the store is a
// real SQLite file, reopened by the next worker), one chat's 429 does not hold up the others, failing
// getUpdates calls are reported once per burst, and a Bot API that never answers getMe ends the start clearly.
import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { BotContext } from "../../src/bot/index.js";
import { createLogger } from "../../src/logger.js";
import { openSqliteStore } from "../../src/storage/index.js";
import { type LocalChat, textMessageUpdate } from "../../src/transports/local-updates.js";
import { type PollingHandle, startPolling } from "../../src/transports/polling.js";
import type { ShutdownOptions } from "../../src/transports/shutdown.js";
import { storeLedger } from "../../src/transports/update-ledger.js";
import { ASK } from "../helpers/fake-engine.js";
import { BOT_INFO, createTestBot, TEST_TOKEN } from "../helpers/harness.js";
import { LogCapture } from "../helpers/log-capture.js";
import { RecordingApi } from "../helpers/recording-api.js";

const dir = mkdtempSync(join(tmpdir(), "polling-runtime-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chat(id: number): LocalChat {
  return {
    chat: { id, type: "private", first_name: `U${id}` },
    user: { id, is_bot: false, first_name: `U${id}` },
  };
}

/** A worker process: a bot, its store reopened from the file, polling with a fake process around it. */
async function startWorker(api: RecordingApi, file: string, graceMs = 10_000) {
  const store = openSqliteStore({ file });
  const t = createTestBot({ api, store });
  const signals = new EventEmitter();
  const exit = vi.fn<(code: number) => void>();
  const handle: PollingHandle = await startPolling(t.bot, t.logger, {
    ledger: storeLedger(store, t.logger),
    store,
    onStopped: () => store.close(),
    shutdown: { signals: signals as unknown as ShutdownOptions["signals"], exit, graceMs },
  });
  return { t, handle, signals, exit };
}

/** Replies that reached Telegram (a call still held is not one), per chat id. */
function deliveredPerChat(api: RecordingApi): Map<number, number> {
  const counts = new Map<number, number>();
  for (const call of api.of("sendMessage"))
    if (call.result !== undefined)
      counts.set(call.payload.chat_id, (counts.get(call.payload.chat_id) ?? 0) + 1);
  return counts;
}

function queueBatch(api: RecordingApi, firstId: number, count: number, chats: number): Update[] {
  const updates: Update[] = [];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const update = textMessageUpdate(id, id, chat(1000 + (i % chats)), ASK.answered);
    api.queueUpdate(update);
    updates.push(update);
  }
  return updates;
}

describe("a polling worker restarted in the middle of a batch", () => {
  it("finishes the batch in hand, confirms exactly it, and the next worker answers nothing twice", async () => {
    const api = new RecordingApi(BOT_INFO);
    const file = join(dir, "graceful.sqlite");
    api.hold("sendMessage");
    queueBatch(api, 1, 40, 10);
    const first = await startWorker(api, file);
    // Each chat's first update is in hand (its reply held), the other 30 wait behind them, in order.
    await vi.waitFor(() => expect(api.of("sendMessage")).toHaveLength(10));

    first.signals.emit("SIGTERM", "SIGTERM");
    await new Promise((r) => setTimeout(r, 100));
    api.release("sendMessage");
    await vi.waitFor(() => expect(first.exit).toHaveBeenCalledWith(0), { timeout: 5_000 });
    expect(first.t.logs.text()).toContain("stopped polling: finished 40, left 0 for redelivery");
    expect(api.of("getUpdates").at(-1)!.payload.offset).toBe(41);

    const second = await startWorker(api, file);
    queueBatch(api, 41, 5, 5);
    await vi.waitFor(() => expect(api.of("sendMessage").length).toBe(45));
    await new Promise((r) => setTimeout(r, 200));
    second.signals.emit("SIGTERM", "SIGTERM");
    await vi.waitFor(() => expect(second.exit).toHaveBeenCalledWith(0));

    const perChat = deliveredPerChat(api);
    const total = [...perChat.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(45);
    for (let c = 0; c < 10; c++) expect(perChat.get(1000 + c)).toBe(c < 5 ? 5 : 4);
  });

  it("when the grace runs out, hands the unfinished updates to the next worker, which answers each once", async () => {
    const api = new RecordingApi(BOT_INFO);
    const file = join(dir, "grace.sqlite");
    queueBatch(api, 1, 20, 5);
    const first = await startWorker(api, file, 2_500);
    await vi.waitFor(() => expect(deliveredPerChat(api).size).toBe(5));
    await vi.waitFor(() => expect(api.of("sendMessage").filter((c) => c.result).length).toBe(20));

    // The next batch meets a Bot API that hangs: the worker is stopped with all of it in hand.
    api.hold("sendMessage");
    queueBatch(api, 21, 20, 5);
    await vi.waitFor(() => expect(api.of("sendMessage")).toHaveLength(25));
    first.signals.emit("SIGTERM", "SIGTERM");
    await vi.waitFor(() => expect(first.exit).toHaveBeenCalledWith(0), { timeout: 5_000 });
    expect(first.t.logs.text()).toContain("stopped polling: finished 0, left 20 for redelivery");
    // Telegram forgot 21–40 when the runner fetched past them; the store keeps them for the next worker.
    expect(api.of("getUpdates").at(-1)!.payload.offset).toBe(41);

    // The old process is gone: its held calls never reach Telegram.
    api.stopHolding("sendMessage");
    const second = await startWorker(api, file);
    await vi.waitFor(() => expect(api.of("sendMessage").filter((c) => c.result).length).toBe(40), {
      timeout: 5_000,
    });
    await new Promise((r) => setTimeout(r, 200));
    second.signals.emit("SIGTERM", "SIGTERM");
    await vi.waitFor(() => expect(second.exit).toHaveBeenCalledWith(0));
    const perChat = deliveredPerChat(api);
    for (let c = 0; c < 5; c++) expect(perChat.get(1000 + c)).toBe(8);
  });
});

describe("polling with several chats at once", () => {
  it("answers the other chats at once while one chat waits out a 429, and keeps that chat's order", async () => {
    const api = new RecordingApi(BOT_INFO);
    const t = createTestBot({ api });
    const slow = chat(2000);
    api.failNextWhen("sendMessage", (p) => p.chat_id === slow.chat.id, {
      error_code: 429,
      description: "Too Many Requests: retry after 2",
      parameters: { retry_after: 2 },
    });
    api.queueUpdate(textMessageUpdate(1, 1, slow, ASK.answered));
    api.queueUpdate(textMessageUpdate(2, 2, slow, ASK.summary));
    for (let i = 0; i < 5; i++)
      api.queueUpdate(textMessageUpdate(3 + i, 3 + i, chat(2001 + i), ASK.answered));
    const signals = new EventEmitter();
    const exit = vi.fn<(code: number) => void>();
    const started = Date.now();
    await startPolling(t.bot, t.logger, {
      shutdown: { signals: signals as unknown as ShutdownOptions["signals"], exit },
    });

    await vi.waitFor(() => {
      const others = api.of("sendMessage").filter((c) => c.result && c.payload.chat_id !== slow.chat.id);
      expect(others).toHaveLength(5);
    });
    const othersDelay = Date.now() - started;
    expect(othersDelay).toBeLessThan(1_500);
    await vi.waitFor(
      () =>
        expect(
          api.of("sendMessage").filter((c) => c.result && c.payload.chat_id === slow.chat.id),
        ).toHaveLength(2),
      { timeout: 5_000 },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    // The slow chat's second message was answered after its first.
    const slowReplies = api.of("sendMessage").filter((c) => c.result && c.payload.chat_id === slow.chat.id);
    expect(String(slowReplies[0]!.payload.text)).toContain("ceasefire");
    signals.emit("SIGINT", "SIGINT");
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
  });
});

describe("failing getUpdates calls", () => {
  it("are logged once when the burst starts and once when it ends, with the count, never the token", async () => {
    const api = new RecordingApi(BOT_INFO);
    const t = createTestBot({ api });
    api.failNext("getUpdates", { error_code: 500, description: "Internal Server Error" }, 3);
    api.queueUpdate(textMessageUpdate(1, 1, chat(3000), ASK.answered));
    const signals = new EventEmitter();
    const exit = vi.fn<(code: number) => void>();
    await startPolling(t.bot, t.logger, {
      shutdown: { signals: signals as unknown as ShutdownOptions["signals"], exit },
    });
    await vi.waitFor(() => expect(api.of("sendMessage")).toHaveLength(1), { timeout: 45_000 });
    const warnings = t.logs.entries().filter((e) => e.level === "warn" && e.call === "getUpdates");
    expect(warnings.map((w) => w.msg)).toEqual([
      "getUpdates failed; retrying (further failures are counted, not logged)",
      "getUpdates works again after 3 failures",
    ]);
    expect(warnings[0]!.reason).toBe("500 Internal Server Error");
    signals.emit("SIGINT", "SIGINT");
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
  }, 20_000);
});

describe("a Bot API that does not answer getMe at start", () => {
  it("is retried for the startup time, then the start fails saying where it looked", async () => {
    const api = new RecordingApi(BOT_INFO);
    api.failNetwork("getMe");
    // No botInfo given, as in a real start: it must come from getMe.
    const bot = new Bot<BotContext>(TEST_TOKEN, { client: { fetch: api.fetch } });
    const logs = new LogCapture();
    const logger = createLogger({ level: "info", secrets: [TEST_TOKEN], destination: logs });
    await expect(
      startPolling(bot, logger, { apiRoot: "http://127.0.0.1:9", startupTimeoutMs: 1_200 }),
    ).rejects.toThrow(/^cannot reach the Bot API at http:\/\/127\.0\.0\.1:9 \(getMe failed \d+ times/);
    expect(api.of("getMe").length).toBeGreaterThanOrEqual(2);
    expect(logs.text()).toContain("getMe failed at start; retrying");
    expect(logs.text()).not.toContain(TEST_TOKEN);
  });
});
