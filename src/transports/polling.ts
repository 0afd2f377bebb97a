// Long polling (the Procfile's worker) through @grammyjs/runner: updates are handled concurrently (one chat's
// in order, see bot/ordering.ts), at most POLLING_CONCURRENCY at once. Telegram forgets an update as soon as a
// getUpdates asks for a later offset, and the runner fetches the next batch while the last is being handled,
// so Telegram has forgotten most of what a worker holds. On SIGTERM/SIGINT the worker therefore stops fetching,
// finishes what it holds, confirms the offset of everything it fetched, and hands whatever is still unfinished
// when the grace runs out to the next worker through the store (it handles them first); the update ledger makes
// sure nothing is answered twice.
import { createConcurrentSink, createRunner, createSource, type UpdateSupplier } from "@grammyjs/runner";
import { type Bot, BotError, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import { type BotContext, setCommandMenu } from "../bot/index.js";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";
import { FailureBurst } from "./failure-burst.js";
import { leaveUpdates, takeLeftUpdates } from "./polling-handover.js";
import { exitGracefullyOnSignals, SHUTDOWN_GRACE_MS, type ShutdownOptions } from "./shutdown.js";
import { initBot } from "./startup.js";
import { memoryLedger, type UpdateLedger } from "./update-ledger.js";

/** The update types the bot handles; Telegram sends only these. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;
/** Updates handled at once; the runner fetches no more while this many are in hand. */
export const POLLING_CONCURRENCY = 100;
/** Time kept back from the grace period to confirm the offset before the process must exit. */
const CONFIRM_RESERVE_MS = 1_500;

export interface PollingOptions {
  shutdown?: Partial<ShutdownOptions>;
  /** Shared dedupe of update ids (the store's); in memory without one. */
  ledger?: UpdateLedger;
  /** Where unfinished updates are handed to the next worker; without one they are lost at a stop. */
  store?: Store;
  /** BOT_API_ROOT, for "cannot reach the Bot API at …". */
  apiRoot?: string;
  concurrency?: number;
  /** Runs after the last update is settled (closes the store). */
  onStopped?: () => Promise<void>;
  /** getMe's retries at start (tests shorten it). */
  startupTimeoutMs?: number;
}

export interface PollingHandle {
  /** Settles when polling ends: after a stop, or rejected by a fatal error (401, 409). */
  done: Promise<void>;
  stop: () => Promise<void>;
}

export async function runPolling(
  bot: Bot<BotContext>,
  logger: Logger,
  options: PollingOptions = {},
): Promise<void> {
  const handle = await startPolling(bot, logger, options);
  await handle.done;
}

export async function startPolling(
  bot: Bot<BotContext>,
  logger: Logger,
  options: PollingOptions = {},
): Promise<PollingHandle> {
  const ledger = options.ledger ?? memoryLedger();
  const graceMs = options.shutdown?.graceMs ?? SHUTDOWN_GRACE_MS;
  await initBot(bot, { logger, apiRoot: options.apiRoot, timeoutMs: options.startupTimeoutMs });
  await setCommandMenu(bot.api, logger);
  // Polling and a webhook exclude each other; keep the updates that are waiting.
  await bot.api.deleteWebhook();

  /** Fetched and not yet settled; Telegram may have forgotten them already. */
  const inHand = new Map<number, Update>();
  let settledWhileStopping = 0;
  let stopping = false;
  /** The offset the next getUpdates asks for: everything below it has been fetched. */
  let offset = 0;
  const failures = new FailureBurst(logger, "getUpdates");

  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, signal) {
      for (;;) {
        try {
          const updates = await bot.api.getUpdates(
            {
              offset,
              limit: Math.max(1, Math.min(batchSize, 100)),
              timeout: 30,
              allowed_updates: [...ALLOWED_UPDATES],
            },
            signal as ApiSignal,
          );
          failures.succeeded();
          const last = updates.at(-1);
          if (last !== undefined) offset = last.update_id + 1;
          for (const update of updates) inHand.set(update.update_id, update);
          return updates;
        } catch (error) {
          if (signal.aborted) throw error;
          // A rejected token or another poller: nothing to retry (main.ts says what to do).
          if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 409))
            throw error;
          const waitMs = failures.failed(error);
          await sleep(waitMs, signal as unknown as AbortSignal);
          if (signal.aborted) throw error;
        }
      }
    },
  };

  async function consume(update: Update): Promise<void> {
    const id = update.update_id;
    try {
      // In polling only one worker runs: "handling" is a worker that died mid-update, so handle it again.
      if ((await ledger.claim(id)) === "done") {
        logger.info({ update_id: id }, "Telegram sent an update again; it was handled already");
        return;
      }
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        try {
          if (error instanceof BotError) await bot.errorHandler(error);
          else logger.error({ err: error, update_id: id }, "an update failed outside the bot");
        } catch (handlerError) {
          logger.error({ err: handlerError, update_id: id }, "the error handler failed");
        }
      }
      await ledger.finish(id);
    } finally {
      inHand.delete(id);
      if (stopping) settledWhileStopping++;
      if (inHand.size === 0) for (const resolve of drained.splice(0)) resolve();
    }
  }
  const drained: (() => void)[] = [];

  // What the last worker could not finish comes first (before any newer update of the same chat).
  const handedOver = await takeLeftUpdates(options.store, logger);
  for (const update of handedOver) {
    inHand.set(update.update_id, update);
    void consume(update);
  }

  const source = createSource(supplier);
  const sink = createConcurrentSink<Update>({ consume }, async () => {}, {
    concurrency: options.concurrency ?? POLLING_CONCURRENCY,
  });
  const runner = createRunner(source, sink);
  runner.start();
  logger.info({ username: bot.botInfo.username }, "polling for updates");

  let stopped: Promise<void> | undefined;
  function stop(): Promise<void> {
    stopped ??= (async () => {
      stopping = true;
      const inHandAtStop = inHand.size;
      // Ends the pending getUpdates; the runner's loop ends with it (not awaited: it may wait for capacity).
      void runner.stop();
      const deadline = Math.max(0, graceMs - CONFIRM_RESERVE_MS);
      await Promise.race([
        inHand.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => drained.push(resolve)),
        sleep(deadline),
      ]);
      const left = [...inHand.values()].sort((a, b) => a.update_id - b.update_id);
      // Everything fetched is either handled or handed over: Telegram may forget it all.
      await Promise.all([
        confirmOffset(bot, offset, logger),
        leaveUpdates(options.store, left, ledger, logger),
      ]);
      const message = `stopped polling: finished ${settledWhileStopping}, left ${left.length} for redelivery`;
      if (left.length > 0)
        logger.warn(
          { finished: settledWhileStopping, left: left.length, in_hand_at_stop: inHandAtStop },
          message,
        );
      else logger.info({ finished: settledWhileStopping, left: 0, in_hand_at_stop: inHandAtStop }, message);
      await options.onStopped?.();
    })();
    return stopped;
  }

  const uninstall = exitGracefullyOnSignals(stop, { logger, ...options.shutdown, graceMs });
  const task = runner.task() ?? Promise.resolve();
  const done = task.then(
    async () => {
      // The runner ends on its own only when stopped; wait for the draining and the confirmation.
      await stop();
      uninstall();
    },
    async (error: unknown) => {
      uninstall();
      await options.onStopped?.().catch(() => {});
      throw error;
    },
  );
  return { done, stop };
}

/** grammY and the runner each type AbortSignal through their own shim; at run time both are Node's. */
type ApiSignal = Parameters<Bot<BotContext>["api"]["getUpdates"]>[1];

/** getUpdates with `offset` and no wait: Telegram forgets every update below it. */
async function confirmOffset(bot: Bot<BotContext>, offset: number, logger: Logger): Promise<void> {
  if (offset === 0) return;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONFIRM_RESERVE_MS - 200);
  try {
    await bot.api.getUpdates(
      { offset, limit: 1, timeout: 0, allowed_updates: [...ALLOWED_UPDATES] },
      controller.signal as unknown as ApiSignal,
    );
  } catch (error) {
    logger.warn(
      { err: error, offset },
      "could not confirm the handled updates; Telegram may send them again",
    );
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
