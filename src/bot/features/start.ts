// /start and /help: what the bot knows (the story in one line) and what to try. /start with a payload is a deep
// link from an inline card ("Ask @bot more"): it opens what the card was about.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { decodeStartPayload, type StartLink } from "../keyboards/deep-link.js";
import { renderReply } from "../render/answer.js";
import type { Card, RenderDeps } from "../render/card.js";
import { rosterCard, speakerQuotesCard } from "../render/quotes.js";
import { summaryCard } from "../render/summary.js";
import { greetingCard, helpCard } from "../render/texts.js";
import { sendCard } from "../reply.js";
import { rememberedSummarySize } from "../session.js";
import { CHECK_USAGE } from "./check.js";

export function createStartFeature(deps: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("start", async (ctx) => {
    const link = decodeStartPayload(ctx.match.trim());
    // A link to an entry that no longer exists, or no link at all: the greeting.
    const card = link ? await linkedCard(link, ctx, deps) : null;
    await sendCard(ctx, card ?? greetingCard(deps, ctx.from?.first_name));
  });
  feature.command("help", (ctx) => sendCard(ctx, helpCard(deps, ctx.me.username)));
  return feature;
}

async function linkedCard(link: StartLink, ctx: BotContext, deps: RenderDeps): Promise<Card | null> {
  const { kb, engine } = deps;
  switch (link.kind) {
    case "answer": {
      const answer = engine.answerForEntry(link.entryId);
      return answer ? renderReply(answer, deps) : null;
    }
    case "summary":
      return summaryCard(kb.summaries, await rememberedSummarySize(ctx));
    case "quotes":
      if (link.speakerId === null) return rosterCard(kb, engine);
      return kb.speakerById.has(link.speakerId) ? speakerQuotesCard(engine.quotesBy(link.speakerId)) : null;
    case "check":
      return { blocks: [CHECK_USAGE], keyboard: undefined };
  }
}
