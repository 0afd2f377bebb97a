import { EventEmitter } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { textMessageUpdate } from "../../src/transports/local-updates.js";
import type { ShutdownOptions } from "../../src/transports/shutdown.js";
import { runWebhook } from "../../src/transports/webhook.js";
import { closeServer } from "../../src/transports/webhook-close.js";
import { createWebhookServer } from "../../src/transports/webhook-server.js";
import { ASK } from "../helpers/fake-engine.js";
import { createTestBot, PRIVATE, visibleText } from "../helpers/harness.js";

const SECRET = "webhook_secret-123";
/** Port 0: the system picks a free one on loopback. */
const WEBHOOK_CONFIG = {
  url: "https://bot.example.com/webhook",
  path: "/webhook",
  secret: SECRET,
  port: 0,
  host: "127.0.0.1",
};
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => (s.listening ? closeServer(s) : undefined)));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function post(base: string, body: unknown, secret?: string, path = "/webhook"): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret && { "x-telegram-bot-api-secret-token": secret }),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const update = (text: string, id = 1) => textMessageUpdate(id, id, PRIVATE, text);

describe("the webhook server", () => {
  it("handles a POSTed update that carries the secret, and answers 200", async () => {
    const t = createTestBot();
    const base = await listen(
      createWebhookServer(t.bot, { path: "/webhook", secret: SECRET, logger: t.logger }),
    );
    const res = await post(base, update(ASK.answered), SECRET);
    expect(res.status).toBe(200);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
  });

  it("refuses an update without the secret, or with a wrong one, and the bot does nothing", async () => {
    const t = createTestBot();
    const base = await listen(
      createWebhookServer(t.bot, { path: "/webhook", secret: SECRET, logger: t.logger }),
    );
    expect((await post(base, update(ASK.answered))).status).toBe(401);
    expect((await post(base, update(ASK.answered), "wrong-secret")).status).toBe(401);
    expect(t.api.calls).toEqual([]);
  });

  it("answers GET /healthz with 200 JSON", async () => {
    const t = createTestBot();
    const base = await listen(
      createWebhookServer(t.bot, { path: "/webhook", secret: SECRET, logger: t.logger }),
    );
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ status: "ready", bot: "StoryQaBot" });
  });

  it("answers 404 elsewhere, 405 for GET on the webhook path and 400 for a body that is not JSON", async () => {
    const t = createTestBot();
    const base = await listen(
      createWebhookServer(t.bot, { path: "/webhook", secret: SECRET, logger: t.logger }),
    );
    expect((await post(base, update("hi"), SECRET, "/other")).status).toBe(404);
    expect((await fetch(`${base}/webhook`)).status).toBe(405);
    expect((await post(base, "{not json", SECRET)).status).toBe(400);
  });

  it("answers 200 when the update fails, so Telegram does not send it again, and the user gets the apology", async () => {
    const t = createTestBot();
    const base = await listen(
      createWebhookServer(t.bot, { path: "/webhook", secret: SECRET, logger: t.logger }),
    );
    const res = await post(base, update(ASK.crash), SECRET);
    expect(res.status).toBe(200);
    expect(t.logs.entries().some((e) => e.level === "error")).toBe(true);
  });
});

describe("runWebhook", () => {
  function fakeProcess() {
    const signals = new EventEmitter();
    const exit = vi.fn<(code: number) => void>();
    return { signals, exit, shutdown: { signals: signals as unknown as ShutdownOptions["signals"], exit } };
  }

  it("sets the command menu, registers WEBHOOK_URL with the secret, then serves updates", async () => {
    const t = createTestBot();
    const { shutdown } = fakeProcess();
    const config = WEBHOOK_CONFIG;
    const server = await runWebhook(t.bot, config, t.logger, { shutdown });
    servers.push(server);
    expect(t.api.calls.map((c) => c.method)).toEqual(["setMyCommands", "setMyCommands", "setWebhook"]);
    expect(t.api.of("setWebhook")[0]!.payload).toEqual({
      url: config.url,
      secret_token: SECRET,
      allowed_updates: ["message", "callback_query", "inline_query"],
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await post(base, update("/summary"), SECRET)).status).toBe(200);
  });

  it("on SIGTERM, finishes the update in hand before closing and exiting 0", async () => {
    const t = createTestBot();
    const { signals, exit, shutdown } = fakeProcess();
    const config = WEBHOOK_CONFIG;
    const server = await runWebhook(t.bot, config, t.logger, { shutdown });
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    t.api.hold("sendMessage");
    const inFlight = post(base, update(ASK.answered), SECRET);
    await vi.waitFor(() => expect(t.api.of("sendMessage")).toHaveLength(1));
    signals.emit("SIGTERM", "SIGTERM");
    await new Promise((r) => setTimeout(r, 30));
    expect(exit).not.toHaveBeenCalled();

    t.api.release("sendMessage");
    expect((await inFlight).status).toBe(200);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(server.listening).toBe(false);
  });
});
