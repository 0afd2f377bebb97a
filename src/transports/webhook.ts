// Webhook mode (the Procfile's web): a plain node:http server that takes Telegram's POSTs on the path of
// WEBHOOK_URL, GET /healthz, and setWebhook on start. Anything not from Telegram is refused before it costs
// anything: wrong path 404, wrong method 405, no secret 401 (before the body is read), a body over 1 MB 413
// (reading stops), not JSON 400. Telegram always gets 200 for an update, even one that failed, because anything
// else makes it deliver the same update again and again; a redelivered update_id is answered once.
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type Bot, BotError } from "grammy";
import type { Update } from "grammy/types";
import { type BotContext, setCommandMenu } from "../bot/index.js";
import type { WebhookConfig } from "../config.js";
import { RecentSet } from "../lib/recent-set.js";
import type { Logger } from "../logger.js";
import { ALLOWED_UPDATES } from "./polling.js";
import { exitGracefullyOnSignals, type ShutdownOptions } from "./shutdown.js";

/** Telegram's updates are a few kB; 1 MB is far beyond any real one. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Answer Telegram within this, even if the update is still being handled (it is finished all the same). */
export const WEBHOOK_RESPONSE_TIMEOUT_MS = 10_000;
/** Waits for a 429's retry_after up to this long in webhook mode, so a retry ends before the response is due. */
export const WEBHOOK_MAX_RETRY_DELAY_SECONDS = 5;
/** How many recent update ids are remembered to recognise Telegram's redeliveries. */
export const REMEMBERED_UPDATE_IDS = 10_000;

export interface WebhookServerOptions {
  path: string;
  secret: string;
  logger: Logger;
  responseTimeoutMs?: number;
  maxBodyBytes?: number;
}

/** The updates each server is still handling, including those answered early; closeServer waits for them. */
const updatesInHand = new WeakMap<Server, Set<Promise<void>>>();

export function createWebhookServer(bot: Bot<BotContext>, options: WebhookServerOptions): Server {
  const { path, secret, logger } = options;
  const responseTimeoutMs = options.responseTimeoutMs ?? WEBHOOK_RESPONSE_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const seenUpdateIds = new RecentSet<number>(REMEMBERED_UPDATE_IDS);
  const inHand = new Set<Promise<void>>();

  async function handle(update: Update): Promise<void> {
    try {
      await bot.handleUpdate(update);
    } catch (error) {
      // Errors normally stop at the bot's error boundary; whatever gets past it is logged here, never thrown.
      try {
        if (error instanceof BotError) await bot.errorHandler(error);
        else logger.error({ err: error, update_id: update.update_id }, "an update failed outside the bot");
      } catch (handlerError) {
        logger.error({ err: handlerError, update_id: update.update_id }, "the error handler failed");
      }
    }
  }

  async function onUpdateRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!secretMatches(req.headers["x-telegram-bot-api-secret-token"], secret)) {
      refuseUnread(req, res, 401, "wrong or missing X-Telegram-Bot-Api-Secret-Token");
      return;
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === "gone") return;
    if (body === "too-large") {
      refuseUnread(req, res, 413, `the body is over ${maxBodyBytes} bytes`);
      return;
    }
    const update = parseUpdate(body);
    if (!update) {
      sendJson(res, 400, { error: "the body is not a JSON update" });
      return;
    }
    if (!seenUpdateIds.add(update.update_id)) {
      logger.info({ update_id: update.update_id }, "Telegram sent an update again; it was handled already");
      sendJson(res, 200, {});
      return;
    }
    const work = handle(update);
    inHand.add(work);
    void work.finally(() => inHand.delete(work));
    if (!(await finishesWithin(work, responseTimeoutMs))) {
      logger.warn(
        { update_id: update.update_id, timeout_ms: responseTimeoutMs },
        "an update is taking long; answered Telegram so it does not send it again, still handling it",
      );
    }
    sendJson(res, 200, {});
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const pathname = pathOf(req);
      if (pathname === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        sendJson(res, 200, { status: "ok", bot: bot.isInited() ? bot.botInfo.username : null });
      } else if (pathname !== path) {
        refuseUnread(req, res, 404, "not found");
      } else if (req.method !== "POST") {
        res.setHeader("Allow", "POST");
        refuseUnread(req, res, 405, "POST updates here");
      } else {
        await onUpdateRequest(req, res);
      }
    } catch (error) {
      logger.error({ err: error }, "the webhook could not handle a request");
      if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      else res.end();
    }
  });
  // A client that trickles its request in (slowloris) is cut off; Telegram sends a whole update at once.
  server.requestTimeout = 30_000;
  updatesInHand.set(server, inHand);
  return server;
}

/** The request's path; null when the URL cannot be parsed (then it is no path of ours: 404). */
function pathOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    return null;
  }
}

/** Constant-time, so the secret cannot be guessed byte by byte from response times. */
function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string") return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body; "too-large" as soon as it is known to be over `max` bytes (the rest is not read). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | "too-large" | "gone"> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve("too-large");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | "too-large" | "gone") => {
      req.off("data", onData).off("end", onEnd).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else {
        req.pause();
        finish("too-large");
      }
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    // The client hung up before sending the whole body: there is no one to answer.
    const onClose = () => finish("gone");
    req.on("data", onData).on("end", onEnd).on("close", onClose);
  });
}

function parseUpdate(body: Buffer): Update | null {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const id = (value as { update_id?: unknown }).update_id;
    return Number.isSafeInteger(id) ? (value as Update) : null;
  } catch {
    return null;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

/**
 * Answers without reading the rest of the body, and closes the connection so Node does not read it either; a
 * client that is still sending may see the connection reset, which is what it deserves.
 */
function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, error: string): void {
  if (req.complete) {
    sendJson(res, status, { error });
    return;
  }
  res.setHeader("Connection", "close");
  res.once("finish", () => req.destroy());
  sendJson(res, status, { error });
}

/** Whether `work` settles within `ms`; it goes on either way. */
function finishesWithin(work: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void work.finally(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function runWebhook(
  bot: Bot<BotContext>,
  config: WebhookConfig["webhook"],
  logger: Logger,
  shutdown: Partial<ShutdownOptions> = {},
): Promise<Server> {
  await bot.init();
  await setCommandMenu(bot.api, logger);
  const server = createWebhookServer(bot, { path: config.path, secret: config.secret, logger });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  logger.info({ host: config.host, port: config.port, path: config.path }, "webhook server listening");
  await bot.api.setWebhook(config.url, {
    secret_token: config.secret,
    allowed_updates: [...ALLOWED_UPDATES],
  });
  logger.info({ url: config.url }, "webhook registered with Telegram");
  exitGracefullyOnSignals(() => closeServer(server), { logger, ...shutdown });
  return server;
}

/**
 * Stops accepting connections and resolves once the requests in hand are answered and every update is handled,
 * including any answered early because it took long.
 */
export async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    // A keep-alive connection goes idle after its last response; close each one as soon as it does.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close((error) => {
      clearInterval(sweep);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
  await Promise.all([...(updatesInHand.get(server) ?? [])]);
}
