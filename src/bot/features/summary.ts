// /summary: the short summary with a button that expands it to the long one in the same message, and back.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { pressedButton } from "../keyboards/index.js";
import type { RenderDeps } from "../render/card.js";
import { summaryCard } from "../render/summary.js";
import { editCard, sendCard } from "../reply.js";

export function createSummaryFeature({ kb }: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("summary", (ctx) => sendCard(ctx, summaryCard(kb.summaries, "short")));

  feature.on("callback_query:data", async (ctx, next) => {
    if (pressedButton(ctx.callbackQuery.data, "summary")) {
      await ctx.answerCallbackQuery();
      await sendCard(ctx, summaryCard(kb.summaries, "short"));
      return;
    }
    const toggle = pressedButton(ctx.callbackQuery.data, "summary-length");
    if (!toggle) return next();
    await ctx.answerCallbackQuery();
    await editCard(ctx, summaryCard(kb.summaries, toggle.length));
  });
  return feature;
}
