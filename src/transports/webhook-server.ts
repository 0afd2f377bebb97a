// The webhook's plain node:http server: Telegram's POSTs on the path of WEBHOOK_URL and GET /healthz. Anything
// not from Telegram is refused before it costs anything: wrong path 404, wrong method 405, no secret 401 (before
// the body is read), a body over 1 MB 413 (reading stops), not JSON 400, and while stopping 503.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/index.js";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";
import { memoryLedger, type UpdateLedger } from "./update-ledger.js";
import { answerHealth } from "./webhook-health.js";
import {
  MAX_BODY_BYTES,
  parseUpdate,
  pathOf,
  readBody,
  refuseUnread,
  secretMatches,
  sendJson,
} from "./webhook-http.js";
import { rememberServerState, type WebhookServerState } from "./webhook-state.js";
import { createUpdateDelivery, WEBHOOK_RESPONSE_TIMEOUT_MS } from "./webhook-updates.js";

export interface WebhookServerOptions {
  path: string;
  secret: string;
  logger: Logger;
  responseTimeoutMs?: number;
  maxBodyBytes?: number;
  /** Shared dedupe of update ids (the store's); in memory without one. */
  ledger?: UpdateLedger;
  /** Checked by /healthz. */
  store?: Store;
}

export function createWebhookServer(bot: Bot<BotContext>, options: WebhookServerOptions): Server {
  const { path, secret, logger } = options;
  const responseTimeoutMs = options.responseTimeoutMs ?? WEBHOOK_RESPONSE_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const ledger = options.ledger ?? memoryLedger();
  // A server made directly (tests, the bench) is ready at once; runWebhook holds it back until registered.
  const state: WebhookServerState = { inHand: new Map(), ready: true, stopping: false, ledger, logger };
  const onUpdate = createUpdateDelivery(bot, state, responseTimeoutMs);

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
    if (state.stopping) {
      sendJson(res, 503, { error: "shutting down; retry" });
      return;
    }
    await onUpdate(update, res);
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const pathname = pathOf(req);
      if (pathname === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        await answerHealth(res, bot, state, options.store);
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
  rememberServerState(server, state);
  return server;
}
