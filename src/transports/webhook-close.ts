// Stopping the webhook server: no new updates, each update in hand finished within the grace or answered 503 and
// released from the ledger, so Telegram delivers it again, to the next instance.
import type { Server } from "node:http";
import { serverStateOf } from "./webhook-state.js";

/**
 * The shutdown grace in webhook mode: longer than the early-answer timeout, so an update answered early just
 * before the signal is still finished; within the 30 s platforms (Heroku) give between SIGTERM and SIGKILL.
 */
export const WEBHOOK_SHUTDOWN_GRACE_MS = 25_000;

/**
 * Stops taking updates and resolves once every request is answered: each update in hand is finished within
 * `deadlineMs` (200), or answered 503 and released for redelivery. Logs how many of each.
 */
export async function closeServer(server: Server, deadlineMs = WEBHOOK_SHUTDOWN_GRACE_MS): Promise<void> {
  const state = serverStateOf(server);
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
