// /start and /help: what the bot knows (the story in one line) and what to try.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { RenderDeps } from "../render/card.js";
import { greetingCard, helpCard } from "../render/texts.js";
import { sendCard } from "../reply.js";

export function createStartFeature(deps: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("start", (ctx) => sendCard(ctx, greetingCard(deps, ctx.from?.first_name)));
  feature.command("help", (ctx) => sendCard(ctx, helpCard(deps, ctx.me.username)));
  return feature;
}
