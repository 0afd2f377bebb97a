// /quotes: the roster of quoted speakers; a button (or `/quotes putin`, any alias, typos tolerated) lists one
// speaker's statements.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { textsFor } from "../i18n.js";
import { pressedButton } from "../keyboards/index.js";
import type { RenderDeps } from "../render/card.js";
import { rosterCard, speakerQuotesCard, unknownSpeakerCard } from "../render/quotes.js";
import { sendCard } from "../reply.js";
import { answerExpiredButton } from "./unhandled.js";

export function createQuotesFeature(deps: RenderDeps): Composer<BotContext> {
  const { kb, engine } = deps;
  const feature = new Composer<BotContext>();

  feature.command("quotes", async (ctx) => {
    const name = ctx.match.trim();
    const texts = await textsFor(ctx);
    if (name === "") {
      await sendCard(ctx, rosterCard(deps, texts));
      return;
    }
    const speaker = engine.findSpeaker(name);
    const card = speaker
      ? speakerQuotesCard(engine.quotesBy(speaker.id, texts.lang), texts)
      : unknownSpeakerCard(name, deps, texts);
    await sendCard(ctx, card);
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const pressed = pressedButton(ctx.callbackQuery.data, "quotes");
    if (!pressed) return next();
    if (pressed.speakerId !== null && !kb.speakerById.has(pressed.speakerId)) {
      await answerExpiredButton(ctx);
      return;
    }
    await ctx.answerCallbackQuery();
    const texts = await textsFor(ctx);
    const card =
      pressed.speakerId === null
        ? rosterCard(deps, texts)
        : speakerQuotesCard(engine.quotesBy(pressed.speakerId, texts.lang), texts);
    await sendCard(ctx, card);
  });
  return feature;
}
