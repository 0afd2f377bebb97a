// /start and /help: what the bot knows (the story in one line) and what to try. /start with a payload is a deep
// link from an inline card ("Ask @bot more"): it opens what the card was about.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { type Texts, textsFor } from "../i18n.js";
import { decodeStartPayload, type StartLink } from "../keyboards/deep-link.js";
import { renderReply } from "../render/answer.js";
import type { Card, RenderDeps } from "../render/card.js";
import { escapeHtml } from "../render/html.js";
import { rosterCard, speakerQuotesCard } from "../render/quotes.js";
import { summaryCard } from "../render/summary.js";
import { greetingCard, helpCard } from "../render/texts.js";
import { sendCard } from "../reply.js";
import { rememberedSummarySize } from "../session.js";

export function createStartFeature(deps: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("start", async (ctx) => {
    const link = decodeStartPayload(ctx.match.trim());
    const texts = await textsFor(ctx);
    // A link to an entry that no longer exists, or no link at all: the greeting.
    const card = link ? await linkedCard(link, ctx, deps, texts) : null;
    await sendCard(ctx, card ?? greetingCard(deps, texts, ctx.from?.first_name));
  });
  feature.command("help", async (ctx) => sendCard(ctx, helpCard(deps, await textsFor(ctx), ctx.me.username)));
  return feature;
}

async function linkedCard(
  link: StartLink,
  ctx: BotContext,
  deps: RenderDeps,
  texts: Texts,
): Promise<Card | null> {
  const { kb, engine } = deps;
  switch (link.kind) {
    case "answer": {
      const answer = engine.answerForEntry(link.entryId, texts.lang);
      return answer ? renderReply(answer, deps) : null;
    }
    case "summary":
      return summaryCard(kb, await rememberedSummarySize(ctx), texts);
    case "quotes":
      if (link.speakerId === null) return rosterCard(deps, texts);
      return kb.speakerById.has(link.speakerId)
        ? speakerQuotesCard(engine.quotesBy(link.speakerId, texts.lang), texts)
        : null;
    case "check":
      return { blocks: [escapeHtml(texts.t("check-usage"))], keyboard: undefined };
  }
}
