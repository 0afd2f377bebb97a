// The webhook as it runs in production: a shutdown with a slow Bot API acknowledges (200) only what it
// finished, and leaves the rest to Telegram's redelivery (503), which the next instance answers once; two
// instances on one Redis answer an update delivered to both once, and an /ask begun on one is finished on the
// other; /healthz is honest about the store.
import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { openRedisStore, openSqliteStore, type Store } from "../../src/storage/index.js";
import { type LocalChat, textMessageUpdate } from "../../src/transports/local-updates.js";
import type { ShutdownOptions } from "../../src/transports/shutdown.js";
import { storeLedger } from "../../src/transports/update-ledger.js";
import { runWebhook } from "../../src/transports/webhook.js";
import { closeServer } from "../../src/transports/webhook-close.js";
import { createWebhookServer } from "../../src/transports/webhook-server.js";
import { ASK } from "../helpers/fake-engine.js";
import { BOT_INFO, createTestBot, PRIVATE, visibleText } from "../helpers/harness.js";
import { RecordingApi } from "../helpers/recording-api.js";
import { noRedis, REDIS_URL_TEST, uniquePrefix } from "../helpers/redis.js";
import { hasRedisServer, type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { EN } from "../helpers/texts.js";

const SECRET = "webhook_secret-123";
const dir = mkdtempSync(join(tmpdir(), "webhook-runtime-"));
const servers: Server[] = [];
const stores: Store[] = [];
let redis: RedisServer | undefined;

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => (s.listening ? closeServer(s, 100) : undefined)));
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await redis?.stop();
  redis = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function post(base: string, body: Update): Promise<Response> {
  return fetch(`${base}/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(body),
  });
}

function chat(id: number): LocalChat {
  return {
    chat: { id, type: "private", first_name: `U${id}` },
    user: { id, is_bot: false, first_name: `U${id}` },
  };
}

/** One instance: a bot on `store`, its server on a free loopback port. */
async function instance(api: RecordingApi, store: Store) {
  const t = createTestBot({ api, store });
  const server = createWebhookServer(t.bot, {
    path: "/webhook",
    secret: SECRET,
    logger: t.logger,
    ledger: storeLedger(store, t.logger),
    store,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { t, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const delivered = (api: RecordingApi) => api.of("sendMessage").filter((c) => c.result !== undefined);

describe("a webhook instance stopped while the Bot API is slow", () => {
  it("answers 200 only for what it finished, 503 for the rest, and the next instance answers those once", async () => {
    const api = new RecordingApi(BOT_INFO);
    const file = join(dir, "shutdown.sqlite");
    const store = openSqliteStore({ file });
    const t = createTestBot({ api, store });
    const signals = new EventEmitter();
    const exit = vi.fn<(code: number) => void>();
    const server = await runWebhook(
      t.bot,
      {
        url: "https://bot.example.com/webhook",
        path: "/webhook",
        secret: SECRET,
        port: 0,
        host: "127.0.0.1",
      },
      t.logger,
      {
        ledger: storeLedger(store, t.logger),
        store,
        onStopped: () => store.close(),
        // The early 200 is due well after the signal even on a loaded machine (it once took the setup below over
        // 300 ms), and still inside the grace, so the test sees it held back while stopping.
        responseTimeoutMs: 4_000,
        shutdown: { signals: signals as unknown as ShutdownOptions["signals"], exit, graceMs: 5_000 },
      },
    );
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // Fifteen updates from ten chats reach a Bot API that hangs; SIGTERM comes before any early 200 is due.
    // Chats 100–104 send one message, chats 105–109 two: the second waits behind the first (same chat).
    api.hold("sendMessage");
    const updates = Array.from({ length: 15 }, (_, i) =>
      textMessageUpdate(i + 1, i + 1, chat(100 + (i < 10 ? i : i - 5)), ASK.answered),
    );
    const responses = updates.map((u) => post(base, u));
    // In hand: all fifteen read and claimed in the ledger (on a loaded machine the last requests may still be on
    // their way when the first ten reach the API; a request not yet read when the server closes is reset).
    await vi.waitFor(
      async () => {
        expect(api.of("sendMessage")).toHaveLength(10);
        for (const u of updates) expect(await store.get(`update:${u.update_id}`)).toBe("handling");
      },
      { timeout: 10_000 },
    );
    signals.emit("SIGTERM", "SIGTERM");
    // The calls in hand come back in time; the chats' next calls hang past the grace.
    await new Promise((r) => setTimeout(r, 300));
    api.release("sendMessage");
    api.hold("sendMessage");
    const statuses = await Promise.all(responses.map(async (r) => (await r).status));
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0), { timeout: 8_000 });

    // Every 200 is an answered update: nothing acknowledged was dropped.
    const answeredChats = new Set(delivered(api).map((c) => c.payload.chat_id));
    updates.forEach((u, i) => {
      if (statuses[i] === 200) expect(answeredChats).toContain(u.message!.chat.id);
    });
    expect(statuses).toEqual([...Array(10).fill(200), ...Array(5).fill(503)]);
    const left = 5;
    expect(t.logs.text()).toContain("stopped the webhook: finished 10, left 5 for redelivery");

    // Telegram redelivers the 503s to the next instance, which answers each once; a 200 one is not repeated.
    api.stopHolding("sendMessage");
    const reopened = openSqliteStore({ file });
    stores.push(reopened);
    const next = await instance(api, reopened);
    const before = delivered(api).length;
    for (const u of updates) expect((await post(next.base, u)).status).toBe(200);
    expect(delivered(api).length - before).toBe(left);
    const perChat = new Map<number, number>();
    for (const c of delivered(api)) perChat.set(c.payload.chat_id, (perChat.get(c.payload.chat_id) ?? 0) + 1);
    for (let c = 100; c < 110; c++) expect(perChat.get(c)).toBe(c < 105 ? 1 : 2);
  }, 40_000);
});

describe.skipIf(noRedis)("two webhook instances on one Redis", () => {
  async function twoInstances() {
    const api = new RecordingApi(BOT_INFO);
    const prefix = uniquePrefix();
    const open = async () => {
      const store = await openRedisStore({ url: REDIS_URL_TEST ?? "", prefix });
      stores.push(store);
      return store;
    };
    return { api, a: await instance(api, await open()), b: await instance(api, await open()) };
  }

  it("answer an update delivered to both at once exactly once", async () => {
    const { api, a, b } = await twoInstances();
    for (let id = 1; id <= 20; id++) {
      const u = textMessageUpdate(id, id, chat(200 + id), ASK.answered);
      const statuses = (await Promise.all([post(a.base, u), post(b.base, u)])).map((r) => r.status);
      // One handles it (200); the other says it is handled (200) or being handled (503: Telegram retries).
      expect(statuses).toContain(200);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(delivered(api)).toHaveLength(20);
    // Telegram's retry of a 503 finds it done.
    const again = await post(b.base, textMessageUpdate(1, 1, chat(201), ASK.answered));
    expect(again.status).toBe(200);
    expect(delivered(api)).toHaveLength(20);
  });

  it("finish on one instance an /ask begun on the other", async () => {
    const { api, a, b } = await twoInstances();
    await post(a.base, textMessageUpdate(1, 1, PRIVATE, "/ask"));
    await post(b.base, textMessageUpdate(2, 2, PRIVATE, "/cancel"));
    expect(visibleText(api.lastReply())).toBe(EN("ask-cancelled"));
    await post(b.base, textMessageUpdate(3, 3, PRIVATE, "/ask"));
    await post(a.base, textMessageUpdate(4, 4, PRIVATE, ASK.answered));
    expect(visibleText(api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    // Answered, so over, on both instances.
    await post(b.base, textMessageUpdate(5, 5, PRIVATE, "/cancel"));
    expect(visibleText(api.lastReply())).toBe(EN("nothing-to-cancel"));
  });
});

describe.skipIf(!hasRedisServer)("/healthz", () => {
  it("says ready with a working store, and not ready (503) when the store stops answering", async () => {
    redis = await startRedisServer();
    const store = await openRedisStore({ url: redis.url, commandTimeoutMs: 300 });
    stores.push(store);
    const { base } = await instance(new RecordingApi(BOT_INFO), store);
    const ready = await fetch(`${base}/healthz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", bot: "StoryQaBot", store: "redis" });
    await redis.stop();
    redis = undefined;
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      status: "not ready",
      reasons: [expect.stringMatching(/^the redis store does not answer/)],
    });
  });
});
