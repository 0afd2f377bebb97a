// Per-user flood control (@grammyjs/ratelimiter): over the limit, a user's messages are dropped with one polite
// notice per flood, and their button presses get the notice as a toast so no button is left spinning.
// It counts only what makes the bot send to a chat (messages, edits, buttons), and runs after the groups filter,
// so chatter in a group that is not for the bot counts for nothing.
import { limit } from "@grammyjs/ratelimiter";
import type { Context, MiddlewareFn } from "grammy";
import { languageWithoutSession, textsIn } from "../i18n.js";

export interface RateLimit {
  /** The window, in milliseconds; the plugin starts a new one for everybody each time it ends. */
  timeFrameMs: number;
  /** Updates per user per window that are answered. */
  limit: number;
}

/** Ten updates in five seconds is more than anyone types or taps; a script flooding the bot gets far more. */
export const DEFAULT_RATE_LIMIT: RateLimit = { timeFrameMs: 5_000, limit: 10 };

/** Users who got the notice recently; pruned when it grows, so a flood of new users cannot fill the memory. */
const MAX_NOTICED_USERS = 10_000;

export function createRateLimitFeature(options: RateLimit = DEFAULT_RATE_LIMIT): MiddlewareFn<Context> {
  const noticedAt = new Map<number, number>();
  const noticeDue = (userId: number): boolean => {
    const now = Date.now();
    const last = noticedAt.get(userId);
    if (last !== undefined && now - last < options.timeFrameMs) return false;
    if (noticedAt.size >= MAX_NOTICED_USERS) {
      for (const [id, at] of noticedAt) if (now - at >= options.timeFrameMs) noticedAt.delete(id);
    }
    noticedAt.set(userId, now);
    return true;
  };

  return limit<Context, never>({
    timeFrame: options.timeFrameMs,
    limit: options.limit,
    // Called for every update over the limit (not only the first), so each button press can be answered.
    alwaysReply: true,
    keyGenerator: (ctx) =>
      ctx.message || ctx.editedMessage || ctx.callbackQuery ? ctx.from?.id.toString() : undefined,
    onLimitExceeded: async (ctx) => {
      // Before the session: a flood reads no storage, so the notice goes by script and client language.
      const slowDown = () => textsIn(languageWithoutSession(ctx)).t("slow-down");
      if (ctx.callbackQuery) {
        await ctx.answerCallbackQuery({ text: slowDown() });
      } else if (ctx.message && ctx.from && noticeDue(ctx.from.id)) {
        await ctx.reply(slowDown());
      }
    },
  }) as MiddlewareFn<Context>;
}
