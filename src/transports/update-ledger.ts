// Which updates are being handled or were handled, shared through the store by every instance: Telegram may
// deliver an update twice (a redelivery after a restart, two webhook instances behind one URL), and it must be
// answered once. An update is claimed with an atomic set-if-absent ("handling", short-lived, so one whose
// handler died is handled again later), then marked "done" for an hour.

import { RecentSet } from "../lib/recent-set.js";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";

/** new: handle it; handling: another instance (or a dead one) has it; done: it was handled. */
export type Claim = "new" | "handling" | "done";

export interface UpdateLedger {
  claim(updateId: number): Promise<Claim>;
  /** Handled (even if the handler failed): a redelivery is skipped. */
  finish(updateId: number): Promise<void>;
  /** Not handled after all (left for Telegram to redeliver): let the redelivery through. */
  release(updateId: number): Promise<void>;
}

/** A handler that has not finished in this long is presumed dead; its update may be handled again. */
export const HANDLING_TTL_MS = 2 * 60 * 1000;
/** How long a handled update is remembered: far beyond Telegram's redeliveries after a restart or a timeout. */
export const DONE_TTL_MS = 60 * 60 * 1000;

const keyOf = (updateId: number) => `update:${updateId}`;

export function storeLedger(store: Store, logger: Logger): UpdateLedger {
  let failing = false;
  const failed = (error: unknown) => {
    if (!failing)
      logger.error(
        { err: error },
        "the store failed: updates are handled without dedupe until it works again (a redelivery may be answered twice)",
      );
    failing = true;
  };
  const worked = () => {
    if (failing) logger.warn("the store works again: updates are deduplicated again");
    failing = false;
  };
  return {
    async claim(updateId) {
      try {
        if (await store.setIfAbsent(keyOf(updateId), "handling", HANDLING_TTL_MS)) {
          worked();
          return "new";
        }
        const state = await store.get(keyOf(updateId));
        worked();
        // Gone between the two calls: it expired just now, so nobody holds it.
        if (state === undefined) return "new";
        return state === "done" ? "done" : "handling";
      } catch (error) {
        // Answering twice is better than never: without the store, handle it.
        failed(error);
        return "new";
      }
    },
    async finish(updateId) {
      try {
        await store.set(keyOf(updateId), "done", DONE_TTL_MS);
        worked();
      } catch (error) {
        failed(error);
      }
    },
    async release(updateId) {
      try {
        await store.delete(keyOf(updateId));
        worked();
      } catch (error) {
        failed(error);
      }
    },
  };
}

/** Without a store (tests of one process): the last `capacity` update ids, in memory. */
export function memoryLedger(capacity = 10_000): UpdateLedger {
  const done = new RecentSet<number>(capacity);
  const handling = new Set<number>();
  return {
    async claim(updateId) {
      if (done.has(updateId)) return "done";
      if (handling.has(updateId)) return "handling";
      handling.add(updateId);
      return "new";
    },
    async finish(updateId) {
      handling.delete(updateId);
      done.add(updateId);
    },
    async release(updateId) {
      handling.delete(updateId);
    },
  };
}
