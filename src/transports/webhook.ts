// Webhook mode (the Procfile's web): a plain node:http server that takes Telegram's POSTs on the path of
// WEBHOOK_URL, GET /healthz, and setWebhook on start. Anything not from Telegram is refused before it costs
// anything: wrong path 404, wrong method 405, no secret 401 (before the body is read), a body over 1 MB 413
// (reading stops), not JSON 400. An update is answered 200 once handled, even if it failed (anything else makes
// Telegram deliver it again and again), or after 10 s if slow (it is finished anyway). While stopping, no early
// 200 is given: an update not finished in the grace period gets 503, so Telegram delivers it again, to the next
// instance. The update ledger (the store's) makes an update delivered twice, or to two instances, answered once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type Bot, BotError } from "grammy";
import type { Update } from "grammy/types";
import { type BotContext, setCommandMenu } from "../bot/index.js";
import type { WebhookConfig } from "../config.js";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";
import { ALLOWED_UPDATES } from "./polling.js";
import { exitGracefullyOnSignals, type ShutdownOptions } from "./shutdown.js";
import { initBot } from "./startup.js";
import { memoryLedger, type UpdateLedger } from "./update-ledger.js";
import {
  MAX_BODY_BYTES,
  parseUpdate,
  pathOf,
  readBody,
  refuseUnread,
  secretMatches,
  sendJson,
} from "./webhook-http.js";

export { MAX_BODY_BYTES } from "./webhook-http.js";

/** Answer Telegram within this, even if the update is still being handled (it is finished all the same). */
export const WEBHOOK_RESPONSE_TIMEOUT_MS = 10_000;
/** Waits for a 429's retry_after up to this long in webhook mode, so a retry ends before the response is due. */
export const WEBHOOK_MAX_RETRY_DELAY_SECONDS = 5;
/**
 * The shutdown grace in webhook mode: longer than the early-answer timeout, so an update answered early just
 * before the signal is still finished; within the 30 s platforms (Heroku) give between SIGTERM and SIGKILL.
 */
export const WEBHOOK_SHUTDOWN_GRACE_MS = 25_000;
/** Kept back from the grace to send the 503s before the process must exit. */
const ANSWER_RESERVE_MS = 1_000;

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

/** One update being handled; `answer` sends its HTTP response once. */
interface InHand {
  work: Promise<void>;
  acknowledged: boolean;
  answer: (status: 200 | 503) => void;
}

/** What a server knows about its updates and readiness, for runWebhook and closeServer. */
interface ServerState {
  inHand: Map<number, InHand>;
  ready: boolean;
  stopping: boolean;
  ledger: UpdateLedger;
  logger: Logger;
}

const states = new WeakMap<Server, ServerState>();

export function createWebhookServer(bot: Bot<BotContext>, options: WebhookServerOptions): Server {
  const { path, secret, logger } = options;
  const responseTimeoutMs = options.responseTimeoutMs ?? WEBHOOK_RESPONSE_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const ledger = options.ledger ?? memoryLedger();
  // A server made directly (tests, the bench) is ready at once; runWebhook holds it back until registered.
  const state: ServerState = { inHand: new Map(), ready: true, stopping: false, ledger, logger };

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
    await ledger.finish(update.update_id);
  }

  async function onUpdate(update: Update, res: ServerResponse): Promise<void> {
    const id = update.update_id;
    if (state.inHand.has(id)) {
      // Telegram sent it again while this process handles it (and will finish it: new ones are refused while
      // stopping), so it need not come back.
      logger.info({ update_id: id }, "Telegram sent an update again; it is being handled");
      sendJson(res, 200, {});
      return;
    }
    const claim = await ledger.claim(id);
    if (claim === "done") {
      logger.info({ update_id: id }, "Telegram sent an update again; it was handled already");
      sendJson(res, 200, {});
      return;
    }
    if (claim === "handling") {
      // Another instance has it; if that one dies, Telegram's next try finds it free again.
      logger.info(
        { update_id: id },
        "another instance is handling this update; asked Telegram to retry later",
      );
      sendJson(res, 503, { error: "being handled by another instance; retry later" });
      return;
    }
    await new Promise<void>((settled) => {
      let answered = false;
      const entry: InHand = {
        work: handle(update),
        acknowledged: false,
        answer: (status) => {
          if (answered) return;
          answered = true;
          entry.acknowledged = status === 200;
          clearTimeout(early);
          sendJson(
            res,
            status,
            status === 200 ? {} : { error: "shutting down before it was handled; retry" },
          );
          settled();
        },
      };
      const early = setTimeout(() => {
        // While stopping, a 200 would promise what the exit may break: the update waits for its end or a 503.
        if (state.stopping) return;
        logger.warn(
          { update_id: id, timeout_ms: responseTimeoutMs },
          "an update is taking long; answered Telegram so it does not send it again, still handling it",
        );
        entry.answer(200);
      }, responseTimeoutMs);
      state.inHand.set(id, entry);
      void entry.work.finally(() => {
        state.inHand.delete(id);
        entry.answer(200);
      });
    });
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
    if (state.stopping) {
      sendJson(res, 503, { error: "shutting down; retry" });
      return;
    }
    await onUpdate(update, res);
  }

  async function onHealth(res: ServerResponse): Promise<void> {
    const reasons: string[] = [];
    if (state.stopping) reasons.push("shutting down");
    else if (!state.ready) reasons.push("starting");
    if (options.store) {
      try {
        await withTimeout(options.store.ping(), 1_000);
      } catch (error) {
        reasons.push(`the ${options.store.kind} store does not answer: ${(error as Error).message}`);
      }
    }
    const bot_ = bot.isInited() ? bot.botInfo.username : null;
    if (reasons.length === 0) sendJson(res, 200, { status: "ready", bot: bot_, store: options.store?.kind });
    else sendJson(res, 503, { status: "not ready", reasons, bot: bot_ });
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const pathname = pathOf(req);
      if (pathname === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        await onHealth(res);
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
  states.set(server, state);
  return server;
}

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
  const state = states.get(server)!;
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

/**
 * Stops taking updates and resolves once every request is answered: each update in hand is finished within
 * `deadlineMs` (200), or answered 503 and released for redelivery. Logs how many of each.
 */
export async function closeServer(server: Server, deadlineMs = WEBHOOK_SHUTDOWN_GRACE_MS): Promise<void> {
  const state = states.get(server);
  if (state) state.stopping = true;
  const inHandAtStop = state ? [...state.inHand.values()] : [];
  const closed = new Promise<void>((resolve, reject) => {
    // A keep-alive connection goes idle after its last response; close each one as soon as it does.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close((error) => {
      clearInterval(sweep);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
  if (!state) return closed;

  const allDone = Promise.all(inHandAtStop.map((entry) => entry.work));
  let timer: NodeJS.Timeout | undefined;
  const finishedInTime = await Promise.race([
    allDone.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), deadlineMs);
    }),
  ]);
  clearTimeout(timer);
  let left = 0;
  let abandoned = 0;
  if (!finishedInTime) {
    for (const [id, entry] of state.inHand) {
      if (entry.acknowledged) {
        abandoned++;
        continue;
      }
      left++;
      await state.ledger.release(id);
      entry.answer(503);
    }
  }
  const finished = inHandAtStop.length - left - abandoned;
  const message = `stopped the webhook: finished ${finished}, left ${left} for redelivery`;
  const fields = { finished, left, abandoned_after_200: abandoned };
  if (abandoned > 0) state.logger.error(fields, `${message}; ${abandoned} answered early were not finished`);
  else if (left > 0) state.logger.warn(fields, message);
  else state.logger.info(fields, message);
  await closed;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
