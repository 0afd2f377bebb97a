// Webhook mode (the Procfile's web): start the bot, serve Telegram's POSTs (webhook-server.ts), register the URL
// with setWebhook, and on a signal stop within the grace (webhook-close.ts). /healthz says "starting" until the
// URL is registered. The update ledger (the store's) makes an update delivered twice, or to two instances,
// answered once.
import type { Server } from "node:http";
import type { Bot } from "grammy";
import { type BotContext, setCommandMenu } from "../bot/index.js";
import type { WebhookConfig } from "../config.js";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";
import { ALLOWED_UPDATES } from "./polling.js";
import { exitGracefullyOnSignals, type ShutdownOptions } from "./shutdown.js";
import { initBot } from "./startup.js";
import type { UpdateLedger } from "./update-ledger.js";
import { closeServer, WEBHOOK_SHUTDOWN_GRACE_MS } from "./webhook-close.js";
import { createWebhookServer } from "./webhook-server.js";
import { serverStateOf } from "./webhook-state.js";

/** Waits for a 429's retry_after up to this long in webhook mode, so a retry ends before the response is due. */
export const WEBHOOK_MAX_RETRY_DELAY_SECONDS = 5;
/** Kept back from the grace to send the 503s before the process must exit. */
const ANSWER_RESERVE_MS = 1_000;

export interface WebhookRunOptions {
  shutdown?: Partial<ShutdownOptions>;
  ledger?: UpdateLedger;
  store?: Store;
  /** BOT_API_ROOT, for "cannot reach the Bot API at …". */
  apiRoot?: string;
  /** Runs after the server is closed (closes the store). */
  onStopped?: () => Promise<void>;
  startupTimeoutMs?: number;
  /** When a slow update gets its early 200 (tests shorten it). */
  responseTimeoutMs?: number;
}

export async function runWebhook(
  bot: Bot<BotContext>,
  config: WebhookConfig["webhook"],
  logger: Logger,
  options: WebhookRunOptions = {},
): Promise<Server> {
  await initBot(bot, { logger, apiRoot: options.apiRoot, timeoutMs: options.startupTimeoutMs });
  await setCommandMenu(bot.api, logger);
  const server = createWebhookServer(bot, {
    path: config.path,
    secret: config.secret,
    logger,
    ledger: options.ledger,
    store: options.store,
    responseTimeoutMs: options.responseTimeoutMs,
  });
  const state = serverStateOf(server)!;
  state.ready = false;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  logger.info({ host: config.host, port: config.port, path: config.path }, "webhook server listening");
  await bot.api.setWebhook(config.url, {
    secret_token: config.secret,
    allowed_updates: [...ALLOWED_UPDATES],
  });
  state.ready = true;
  logger.info({ url: config.url }, "webhook registered with Telegram");
  const graceMs = options.shutdown?.graceMs ?? WEBHOOK_SHUTDOWN_GRACE_MS;
  exitGracefullyOnSignals(
    async () => {
      await closeServer(server, Math.max(0, graceMs - ANSWER_RESERVE_MS));
      await options.onStopped?.();
    },
    { logger, ...options.shutdown, graceMs },
  );
  return server;
}
