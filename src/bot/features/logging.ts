// One debug line per update: what kind, where, how long. Never the update's content at info.
import type { Context, MiddlewareFn } from "grammy";
import type { Logger } from "../../logger.js";
import { updateKind } from "./errors.js";

export function logUpdates(logger: Logger): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      logger.debug(
        {
          update_id: ctx.update.update_id,
          update: updateKind(ctx),
          chat_type: ctx.chat?.type,
          ms: Math.round(performance.now() - started),
        },
        "update handled",
      );
    }
  };
}
