// Last in line: stray buttons get "this button has expired" and nothing else; unknown commands and non-text
// messages in private chats get a hint; anything else in a group is left alone.
import { Composer, type Context } from "grammy";
import type { BotContext } from "../context.js";
import { textsFor } from "../i18n.js";

export async function answerExpiredButton(ctx: Context): Promise<void> {
  await ctx.answerCallbackQuery({ text: (await textsFor(ctx)).t("button-expired") });
}

export function createUnhandledFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("callback_query", answerExpiredButton);

  feature.on("message", async (ctx) => {
    const entities = ctx.message.entities ?? [];
    const isCommand = entities.some((e) => e.type === "bot_command" && e.offset === 0);
    const addressedByName = isCommand && (ctx.message.text ?? "").split(/\s/, 1)[0]!.includes("@");
    if (isCommand && (ctx.chat.type === "private" || addressedByName)) {
      await ctx.reply(ctx.t("unknown-command"));
    } else if (ctx.chat.type === "private" && ctx.message.text === undefined) {
      await ctx.reply(ctx.t("text-only"));
    }
  });
  return feature;
}
