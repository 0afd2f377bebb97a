// Button presses the features should never see: the second press of a double tap, and presses from no chat.
import type { Context, MiddlewareFn } from "grammy";
import { answerExpiredButton } from "./unhandled.js";

export const DOUBLE_TAP_WINDOW_MS = 2_000;
/** Presses remembered at most; the oldest go first, so a flood of presses cannot fill the memory. */
const MAX_REMEMBERED_PRESSES = 10_000;

/**
 * A double tap sends the same press twice within a moment. The second is answered (so its spinner stops) and does
 * nothing else: a tap-tap never sends the same answer twice, and a toggle does not flip back.
 */
export function ignoreDoubleTaps(windowMs = DOUBLE_TAP_WINDOW_MS): MiddlewareFn<Context> {
  // Insertion order is press order (a press is re-inserted), so the oldest press is always first.
  const pressedAt = new Map<string, number>();
  return async (ctx, next) => {
    const query = ctx.callbackQuery;
    if (!query) return next();
    const where = query.message
      ? `${query.message.chat.id}/${query.message.message_id}`
      : (query.inline_message_id ?? "");
    const key = `${query.from.id}|${where}|${query.data ?? query.game_short_name ?? ""}`;
    const now = Date.now();
    const last = pressedAt.get(key);
    if (last !== undefined && now - last < windowMs) {
      await ctx.answerCallbackQuery();
      return;
    }
    pressedAt.delete(key);
    pressedAt.set(key, now);
    for (const [oldest, at] of pressedAt) {
      if (pressedAt.size <= MAX_REMEMBERED_PRESSES && now - at < windowMs) break;
      pressedAt.delete(oldest);
    }
    await next();
  };
}

/**
 * The bot puts callback buttons only on messages in chats (inline results carry link buttons), so a press with no
 * message, from an inline message or forged, is not one of ours: "expired", and nothing else.
 */
export const expireButtonsWithoutChat: MiddlewareFn<Context> = async (ctx, next) => {
  if (ctx.callbackQuery && !ctx.callbackQuery.message) await answerExpiredButton(ctx);
  else await next();
};
