// Delivering one update from Telegram's POST to the bot: an update delivered twice, or to two instances, is
// handled once (the ledger); it is answered 200 once handled, even if it failed (anything else makes Telegram
// deliver it again and again), or after the response timeout if slow (it is finished anyway). While stopping,
// no early 200 is given: closeServer answers 503 to what it cannot finish.
import type { ServerResponse } from "node:http";
import { type Bot, BotError } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/index.js";
import { sendJson } from "./webhook-http.js";
import type { InHand, WebhookServerState } from "./webhook-state.js";

/** Answer Telegram within this, even if the update is still being handled (it is finished all the same). */
export const WEBHOOK_RESPONSE_TIMEOUT_MS = 10_000;

/** Handles each parsed update and answers its request; never throws for a failed update. */
export function createUpdateDelivery(
  bot: Bot<BotContext>,
  state: WebhookServerState,
  responseTimeoutMs: number,
): (update: Update, res: ServerResponse) => Promise<void> {
  const { ledger, logger } = state;

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

  return async function onUpdate(update: Update, res: ServerResponse): Promise<void> {
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
  };
}
