// /summary in the size this person picked last (short at first), with buttons that resize the same message:
// one line, short, three bullets, full. The choice is remembered per user (session.ts).
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { textsFor } from "../i18n.js";
import { pressedButton, type SummarySize } from "../keyboards/index.js";
import type { RenderDeps } from "../render/card.js";
import { summaryCard } from "../render/summary.js";
import { editCard, sendCard } from "../reply.js";
import { rememberedSummarySize, rememberSummarySize } from "../session.js";

export function createSummaryFeature({ kb }: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("summary", async (ctx) => {
    await sendCard(ctx, summaryCard(kb, await rememberedSummarySize(ctx), await textsFor(ctx)));
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const data = ctx.callbackQuery.data;
    if (pressedButton(data, "summary")) {
      await ctx.answerCallbackQuery();
      await sendCard(ctx, summaryCard(kb, await rememberedSummarySize(ctx), await textsFor(ctx)));
      return;
    }
    const size = pressedSize(data);
    if (!size) return next();
    await ctx.answerCallbackQuery();
    await rememberSummarySize(ctx, size);
    await editCard(ctx, summaryCard(kb, size, await textsFor(ctx)));
  });
  return feature;
}

/** The size a summary button asks for; the old short/long toggle maps to short and full. */
function pressedSize(data: string): SummarySize | null {
  const sized = pressedButton(data, "summary-size");
  if (sized) return sized.size;
  const legacy = pressedButton(data, "summary-length");
  if (legacy) return legacy.length === "long" ? "full" : "short";
  return null;
}
