// The error boundary's handler (also bot.catch): log the error without the token, apologise to the user.
import type { BotError, Context } from "grammy";
import type { Logger } from "../../logger.js";
import { isChatUnreachable } from "../api-faults.js";
import { languageWithoutSession, textsFor, textsIn } from "../i18n.js";

export function createErrorHandler(logger: Logger): (error: BotError<Context>) => Promise<void> {
  return async ({ error, ctx }) => {
    // The user blocked the bot (or it left the group): logged once per chat already, and no one to apologise to.
    if (isChatUnreachable(error)) return;
    logger.error(
      { err: error, update_id: ctx.update.update_id, chat_id: ctx.chat?.id, update: updateKind(ctx) },
      "an update failed",
    );
    try {
      // In the person's language; without the session if reading it is what failed.
      const texts = await textsFor(ctx).catch(() => textsIn(languageWithoutSession(ctx)));
      const apology = texts.t("apology");
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: apology });
      else if (ctx.chat) await ctx.reply(apology);
    } catch (apologyError) {
      // The API may be what failed; the log above already says so.
      logger.warn({ err: apologyError, update_id: ctx.update.update_id }, "could not apologise to the user");
    }
  };
}

/** "message", "callback_query", … : enough to tell updates apart in the log without logging their content. */
export function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((key) => key !== "update_id") ?? "unknown";
}
