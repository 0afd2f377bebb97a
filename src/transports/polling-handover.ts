// The hand-over of a stopping polling worker's unfinished updates to the next one (polling.ts runs the worker):
// Telegram has forgotten them once the offset is confirmed, so they are saved in the store, released in the update
// ledger so the next worker may handle them, and taken (once) by that worker before it fetches anything new.
import type { Update } from "grammy/types";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";
import type { UpdateLedger } from "./update-ledger.js";

/** Where a stopping worker leaves the updates it could not finish, for the next one. */
export const LEFT_UPDATES_KEY = "polling:left-updates";
const LEFT_UPDATES_TTL_MS = 24 * 60 * 60 * 1000;

/** Saves the unfinished updates for the next worker, and lets it handle them (the ledger would say "handling"). */
export async function leaveUpdates(
  store: Store | undefined,
  left: Update[],
  ledger: UpdateLedger,
  logger: Logger,
): Promise<void> {
  if (left.length === 0) return;
  if (!store) {
    logger.error({ left: left.length }, "no store to leave the unfinished updates in: they are lost");
    return;
  }
  try {
    const earlier = JSON.parse((await store.get(LEFT_UPDATES_KEY)) ?? "[]") as Update[];
    await store.set(LEFT_UPDATES_KEY, JSON.stringify([...earlier, ...left]), LEFT_UPDATES_TTL_MS);
    await Promise.all(left.map((u) => ledger.release(u.update_id)));
  } catch (error) {
    logger.error(
      { err: error, left: left.length },
      "could not leave the unfinished updates in the store: they are lost",
    );
  }
}

/** The updates the last worker left unfinished (and forgets them, so they are taken once). */
export async function takeLeftUpdates(store: Store | undefined, logger: Logger): Promise<Update[]> {
  if (!store) return [];
  try {
    const raw = await store.get(LEFT_UPDATES_KEY);
    if (raw === undefined) return [];
    await store.delete(LEFT_UPDATES_KEY);
    const updates = JSON.parse(raw) as Update[];
    logger.info({ updates: updates.length }, "handling the updates the last worker left unfinished");
    return updates;
  } catch (error) {
    logger.error({ err: error }, "could not read the updates the last worker left; they are lost");
    return [];
  }
}
