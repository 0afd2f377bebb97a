// The webhook server against what the internet sends it: no or wrong secret, junk, huge bodies, wrong methods,
// Telegram's redeliveries, failing and slow handlers. It answers each correctly and keeps serving.
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BotContext } from "../../src/bot/index.js";
import { RecentSet } from "../../src/lib/recent-set.js";
import { createLogger } from "../../src/logger.js";
import { textMessageUpdate } from "../../src/transports/local-updates.js";
import { closeServer } from "../../src/transports/webhook-close.js";
import { MAX_BODY_BYTES } from "../../src/transports/webhook-http.js";
import { createWebhookServer } from "../../src/transports/webhook-server.js";
import { ASK } from "../helpers/fake-engine.js";
import { BOT_INFO, createTestBot, PRIVATE, TEST_TOKEN } from "../helpers/harness.js";
import { LogCapture } from "../helpers/log-capture.js";

const SECRET = "webhook_secret-123";
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => (s.listening ? closeServer(s) : undefined)));
});

async function serve(options: { responseTimeoutMs?: number } = {}) {
  const t = createTestBot();
  const server = createWebhookServer(t.bot, {
    path: "/webhook",
    secret: SECRET,
    logger: t.logger,
    ...options,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { t, server, port, base: `http://127.0.0.1:${port}` };
}

function post(base: string, body: string, secret: string | undefined = SECRET, path = "/webhook") {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret && { "x-telegram-bot-api-secret-token": secret }),
    },
    body,
  });
}

const update = (id: number, text: string = ASK.answered) =>
  JSON.stringify(textMessageUpdate(id, id, PRIVATE, text));

/** A raw request: headers sent now, then `first` bytes of the body; resolves with the status (or the error). */
function rawPost(
  port: number,
  headers: Record<string, string | number>,
  first: Buffer,
): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: "/webhook", method: "POST", headers });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.write(first);
  });
}

describe("the webhook server refuses", () => {
  it("a missing or wrong secret with 401, before reading or parsing the body and before any handler runs", async () => {
    const { t, base } = await serve();
    expect((await post(base, update(1), "")).status).toBe(401);
    expect((await post(base, update(2), "wrong-secret")).status).toBe(401);
    expect((await post(base, update(3), `${SECRET}x`)).status).toBe(401);
    // Not JSON, but the secret is checked first: 401, not 400.
    expect((await post(base, "{not json", "wrong")).status).toBe(401);
    expect(t.api.calls).toEqual([]);
  });

  it("malformed JSON, and JSON that is not an update, with 400", async () => {
    const { t, base } = await serve();
    for (const body of [
      "{not json",
      "",
      "[]",
      "null",
      "42",
      '{"message":{}}',
      '{"update_id":"7"}',
      '{"update_id":1.5}',
    ]) {
      expect((await post(base, body)).status, body).toBe(400);
    }
    expect(t.api.calls).toEqual([]);
  });

  it("a wrong path with 404 and a wrong method with 405", async () => {
    const { base } = await serve();
    expect((await post(base, update(1), SECRET, "/other")).status).toBe(404);
    expect((await post(base, update(1), SECRET, "/webhook/")).status).toBe(404);
    for (const method of ["GET", "PUT", "DELETE", "PATCH"]) {
      const res = await fetch(`${base}/webhook`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe("POST");
    }
  });

  it("a body declared over 1 MB with 413 at once, without waiting for it", async () => {
    const { t, port, base } = await serve();
    const status = await rawPost(
      port,
      {
        "content-type": "application/json",
        "content-length": 50 * MAX_BODY_BYTES,
        "x-telegram-bot-api-secret-token": SECRET,
      },
      Buffer.from("{"),
    );
    expect(status).toBe(413);
    expect(t.api.calls).toEqual([]);
    expect((await post(base, update(1))).status).toBe(200);
  });

  it("a streamed body over 1 MB with 413 (or a cut connection), stopping reading, and keeps serving", async () => {
    const { t, port, base } = await serve();
    const headers = { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET };
    const status = await rawPost(port, headers, Buffer.alloc(MAX_BODY_BYTES + 64 * 1024, 0x20));
    expect([413, "ECONNRESET", "EPIPE"]).toContain(status);
    expect((await post(base, update(1))).status).toBe(200);
    expect(t.api.of("sendMessage")).toHaveLength(1);
  });
});

describe("the webhook server handles", () => {
  it("the same update_id delivered twice (Telegram retrying) once", async () => {
    const { t, base } = await serve();
    expect((await post(base, update(10))).status).toBe(200);
    expect((await post(base, update(10))).status).toBe(200);
    expect(t.api.of("sendMessage")).toHaveLength(1);
    expect(t.logs.text()).toContain("Telegram sent an update again");
  });

  it("a redelivery that arrives while the first delivery is still being handled once", async () => {
    const { t, base } = await serve();
    t.api.hold("sendMessage");
    const first = post(base, update(11));
    await vi.waitFor(() => expect(t.api.of("sendMessage")).toHaveLength(1));
    expect((await post(base, update(11))).status).toBe(200);
    t.api.release("sendMessage");
    expect((await first).status).toBe(200);
    expect(t.api.of("sendMessage")).toHaveLength(1);
  });

  it("an error that escapes the bot by logging it and answering 200, so Telegram does not redeliver forever", async () => {
    const logs = new LogCapture();
    const logger = createLogger({ level: "info", secrets: [TEST_TOKEN], destination: logs });
    const bot = new Bot<BotContext>(TEST_TOKEN, { botInfo: BOT_INFO });
    bot.use(() => {
      throw new Error("a handler blew up");
    });
    bot.catch(() => {
      throw new Error("and so did the error handler");
    });
    const server = createWebhookServer(bot, { path: "/webhook", secret: SECRET, logger });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await post(base, update(1))).status).toBe(200);
    expect(
      logs
        .entries()
        .filter((e) => e.level === "error")
        .map((e) => e.err.message),
    ).toEqual(["and so did the error handler"]);
    expect((await post(base, update(2))).status).toBe(200);
  });

  it("a slow update by answering 200 in time, finishing it anyway, and waiting for it when closing", async () => {
    const { t, server, base } = await serve({ responseTimeoutMs: 50 });
    t.api.hold("sendMessage");
    const res = await post(base, update(1));
    expect(res.status).toBe(200);
    expect(t.logs.text()).toContain("an update is taking long");
    let closed = false;
    const closing = closeServer(server).then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    t.api.release("sendMessage");
    await closing;
    expect(t.api.of("sendMessage")[0]!.result).toBeDefined();
  });
});

describe("RecentSet (the memory of update ids)", () => {
  it("remembers only the most recent keys, so it stays bounded", () => {
    const seen = new RecentSet<number>(3);
    expect([1, 2, 3, 1].map((id) => seen.add(id))).toEqual([true, true, true, false]);
    seen.add(4);
    expect(seen.size).toBe(3);
    expect(seen.has(1)).toBe(false);
    expect(seen.has(4)).toBe(true);
  });
});
