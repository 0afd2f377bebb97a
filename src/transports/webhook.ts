// Webhook mode (the Procfile's web): a plain node:http server with grammY's webhook callback on the path of
// WEBHOOK_URL (X-Telegram-Bot-Api-Secret-Token checked), GET /healthz, and setWebhook on start.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type Bot, BotError, webhookCallback } from "grammy";
import { type BotContext, setCommandMenu } from "../bot/index.js";
import type { WebhookConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { ALLOWED_UPDATES } from "./polling.js";
import { exitGracefullyOnSignals, type ShutdownOptions } from "./shutdown.js";

export interface WebhookServerOptions {
  path: string;
  secret: string;
  logger: Logger;
}

export function createWebhookServer(
  bot: Bot<BotContext>,
  { path, secret, logger }: WebhookServerOptions,
): Server {
  // Answer Telegram within its patience; a slower update is finished anyway and not sent again.
  const handleUpdate = webhookCallback(bot, "http", { secretToken: secret, onTimeout: "return" });

  return createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
      sendJson(res, 200, { status: "ok", bot: bot.isInited() ? bot.botInfo.username : null });
      return;
    }
    if (url.pathname !== path) {
      sendJson(res, 404, { error: "not found" });
      return;
    }
    if (req.method !== "POST") {
      res.setHeader("Allow", "POST");
      sendJson(res, 405, { error: "POST updates here" });
      return;
    }
    try {
      await handleUpdate(req, res);
    } catch (error) {
      if (error instanceof BotError) {
        // Already past the error boundary: log it, and say 200 so Telegram does not send the update again.
        await bot.errorHandler(error);
        if (!res.headersSent) res.writeHead(200).end();
      } else if (error instanceof SyntaxError) {
        if (!res.headersSent) sendJson(res, 400, { error: "the body is not a JSON update" });
      } else {
        logger.error({ err: error }, "the webhook could not handle a request");
        if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      }
    }
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
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

/** Stops accepting connections and resolves once the requests in hand (each one an update) are answered. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    // A keep-alive connection goes idle after its last response; close each one as soon as it does.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close((error) => {
      clearInterval(sweep);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
