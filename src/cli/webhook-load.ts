// A load run of the real webhook server: the whole bot (real engine and knowledge base) behind it on 127.0.0.1,
// its Bot API answered in-process (no network), and many updates from many chats POSTed at once. Every update
// must be answered exactly once: in a group, the reply quotes the asking message, so each reply is matched to
// its update; in a private chat, the chat must get as many replies as it sent messages.
import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { type ApiClientOptions, Bot, webhookCallback } from "grammy";
import type { AnsweringEngine } from "../answering/types.js";
import { createBot } from "../bot/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";
import { type LocalChat, localBotInfo, textMessageUpdate } from "../transports/local-updates.js";
import { storeLedger } from "../transports/update-ledger.js";
import { closeServer } from "../transports/webhook-close.js";
import { createWebhookServer } from "../transports/webhook-server.js";

export interface LoadOptions {
  updates: number;
  chats: number;
  /** Requests in flight at once. */
  concurrency: number;
  kb: KnowledgeBase;
  engine: AnsweringEngine;
  logger: Logger;
  /** The store the bot and the update ledger use, as in production; in memory without one. */
  store?: Store;
}

export interface LoadReport {
  updates: number;
  chats: number;
  seconds: number;
  updatesPerSecond: number;
  /** CPU time of the whole process (bot, load and fake API) per update: less sensitive to the machine's load. */
  cpuMsPerUpdate: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Updates that got no reply, more than one, or a status other than 200. */
  lost: number;
  duplicated: number;
  failedRequests: number;
}

const BOT = localBotInfo(4242, "StoryQaLoadBot");
const SECRET = "load-test-secret";

export async function runWebhookLoad(options: LoadOptions): Promise<LoadReport> {
  const { kb, engine, logger } = options;
  const api = new CountingBotApi();
  // No rate limit: each chat sends its messages within seconds, which is the flood the limiter exists to stop.
  const bot = createBot({
    token: "0:load",
    kb,
    engine,
    logger,
    botInfo: BOT,
    client: { fetch: api.fetch },
    rateLimit: false,
    store: options.store,
  });
  const server = createWebhookServer(bot, {
    path: "/webhook",
    secret: SECRET,
    logger,
    store: options.store,
    ledger: options.store && storeLedger(options.store, logger),
  });
  const questions = kb.entries.flatMap((e) => [e.question, ...e.phrasings]);
  return drive(server, api, options, questions);
}

/**
 * The yardstick: a bare grammY bot (grammY's own webhook adapter on node:http) that replies a fixed text, loaded
 * the same way, against the same in-process Bot API. Measured in the same run, its figure says how loaded this
 * machine is, so the bot's throughput can be given as a ratio that does not depend on the load.
 */
export async function runBareWebhookLoad(
  options: Pick<LoadOptions, "updates" | "chats" | "concurrency">,
  questions: string[],
): Promise<LoadReport> {
  const api = new CountingBotApi();
  const bot = new Bot("0:bare", { botInfo: BOT, client: { fetch: api.fetch } });
  bot.on("message", (ctx) =>
    ctx.reply(
      "ok",
      ctx.chat.type === "private" ? {} : { reply_parameters: { message_id: ctx.msg.message_id } },
    ),
  );
  const handle = webhookCallback(bot, "http", { secretToken: SECRET });
  const server = createServer((req, res) => {
    if (req.method === "GET") res.end("ok");
    else void handle(req, res);
  });
  return drive(server, api, options, questions);
}

/** Starts `server` on 127.0.0.1, POSTs the updates at it and counts what reached the Bot API. */
async function drive(
  server: Server,
  api: CountingBotApi,
  options: Pick<LoadOptions, "updates" | "chats" | "concurrency">,
  questions: string[],
): Promise<LoadReport> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const chats = Array.from({ length: options.chats }, (_, i) => chatOf(i));
  const sentToChat = new Map<number, number>();
  const bodies = Array.from({ length: options.updates }, (_, i) => {
    const where = chats[i % chats.length]!;
    const question = questions[(i * 7) % questions.length]!;
    const text = where.chat.type === "private" ? question : `@${BOT.username} ${question}`;
    sentToChat.set(where.chat.id, (sentToChat.get(where.chat.id) ?? 0) + 1);
    return JSON.stringify(textMessageUpdate(i + 1, i + 1, where, text));
  });

  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  // Open the connections before the clock starts, as Telegram keeps its (up to max_connections) open: a new
  // connection waits behind busy ones, which would time connection setup, not updates.
  await Promise.all(Array.from({ length: options.concurrency }, () => send(agent, port, "GET", "/healthz")));
  const latencies: number[] = [];
  let failedRequests = 0;
  let next = 0;
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      const sent = performance.now();
      const status = await send(agent, port, "POST", "/webhook", body);
      latencies.push(performance.now() - sent);
      if (status !== 200) failedRequests++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  agent.destroy();
  await closeServer(server);

  let lost = 0;
  let duplicated = 0;
  for (const where of chats) {
    const id = where.chat.id;
    if (where.chat.type === "private") {
      const diff = (api.repliesTo.get(id) ?? 0) - (sentToChat.get(id) ?? 0);
      if (diff < 0) lost -= diff;
      else duplicated += diff;
    }
  }
  for (let i = 0; i < options.updates; i++) {
    if (chats[i % chats.length]!.chat.type === "private") continue;
    const replies = api.repliesQuoting.get(i + 1) ?? 0;
    if (replies === 0) lost++;
    if (replies > 1) duplicated += replies - 1;
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    updates: options.updates,
    chats: options.chats,
    seconds,
    updatesPerSecond: options.updates / seconds,
    cpuMsPerUpdate: (cpu.user + cpu.system) / 1000 / options.updates,
    latencyMs: { p50: pct(0.5), p99: pct(0.99), max: latencies.at(-1) ?? 0 },
    lost,
    duplicated,
    failedRequests,
  };
}

/** Even chats are private, odd ones groups (where messages @mention the bot, as they must to reach it). */
function chatOf(i: number): LocalChat {
  const user = { id: 100_000 + i, is_bot: false, first_name: `User ${i}` };
  return i % 2 === 0
    ? { chat: { id: user.id, type: "private", first_name: user.first_name }, user }
    : { chat: { id: -1_000_000_000 - i, type: "supergroup", title: `Group ${i}` }, user };
}

function send(agent: Agent, port: number, method: string, path: string, body = ""): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: "127.0.0.1",
        port,
        path,
        method,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-telegram-bot-api-secret-token": SECRET,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

/** The Bot API, answered in-process: counts the replies per private chat and per quoted (asking) message. */
class CountingBotApi {
  readonly repliesTo = new Map<number, number>();
  readonly repliesQuoting = new Map<number, number>();
  private nextMessageId = 1;

  readonly fetch = (async (url: string | URL, init?: { body?: unknown }) => {
    const method = String(url).split("/").pop() ?? "";
    const payload = typeof init?.body === "string" ? JSON.parse(init.body) : {};
    let result: unknown = true;
    if (method === "sendMessage") {
      const chatId = Number(payload.chat_id);
      const quoted = payload.reply_parameters?.message_id as number | undefined;
      if (quoted !== undefined) this.repliesQuoting.set(quoted, (this.repliesQuoting.get(quoted) ?? 0) + 1);
      else this.repliesTo.set(chatId, (this.repliesTo.get(chatId) ?? 0) + 1);
      result = { message_id: this.nextMessageId++, date: 0, chat: { id: chatId, type: "private" }, text: "" };
    }
    return new Response(JSON.stringify({ ok: true, result }), {
      headers: { "content-type": "application/json" },
    });
  }) as unknown as NonNullable<ApiClientOptions["fetch"]>;
}
