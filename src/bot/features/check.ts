// "Did they really say that?": /check <sentence>, a forwarded message, or a pasted sentence that reads as a
// claim gets a verdict against the article. Questions still go to the Q&A path (see looksLikeClaim for the
// rule); install this before the questions feature, which takes every other plain message.
import { Composer, type Context } from "grammy";
import { looksLikeClaim, looksLikeQuestion } from "../../routing/index.js";
import type { BotContext } from "../context.js";
import { textsFor } from "../i18n.js";
import type { RenderDeps } from "../render/card.js";
import { claimCard } from "../render/claim.js";
import { sendCard } from "../reply.js";
import { questionText } from "./groups.js";
import { isPlainText } from "./questions.js";

/** A plain message to check rather than answer: forwarded (unless it asks something), or claim-shaped. */
export function isClaimMessage(ctx: Context): boolean {
  if (!isPlainText(ctx)) return false;
  const text = questionText(ctx);
  // Forwarding a message to the bot is itself the question "did they really say that?".
  if (ctx.message?.forward_origin !== undefined) return text !== "" && !looksLikeQuestion(text);
  return looksLikeClaim(text);
}

export function createCheckFeature(deps: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const check = async (ctx: Context, text: string) =>
    sendCard(ctx, claimCard(deps.claims(text), deps.kb, await textsFor(ctx)));

  feature.command("check", async (ctx) => {
    // "/check" alone in reply to a message checks that message.
    const text = ctx.match.trim() || (ctx.message?.reply_to_message?.text ?? "").trim();
    if (text === "") {
      await ctx.reply(ctx.t("check-usage"));
      return;
    }
    await check(ctx, text);
  });
  feature.filter(isClaimMessage, (ctx) => check(ctx, questionText(ctx)));
  return feature;
}
