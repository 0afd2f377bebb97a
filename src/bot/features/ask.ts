// /ask as a conversation (@grammyjs/conversations v2): the bot asks for the question, waits, answers.
// Commands, buttons and anything but plain text pass through the waiting conversation to the rest of the bot,
// so /summary works mid-conversation and /cancel (or a new /ask) leaves it.
import { type Conversation, createConversation } from "@grammyjs/conversations";
import { Composer, type MiddlewareFn } from "grammy";
import type { Lang } from "../../answering/types.js";
import type { AskContext, BotContext } from "../context.js";
import { DEFAULT_LANG, isLang, textsFor, textsIn } from "../i18n.js";
import { renderReply } from "../render/answer.js";
import type { RenderDeps } from "../render/card.js";
import { sendCard } from "../reply.js";
import { answerQuestion, isPlainText } from "./questions.js";

export const ASK_CONVERSATION = "ask";
/** A question sent after this long is answered as an ordinary message instead. */
const ASK_TIMEOUT_MS = 15 * 60 * 1000;

/** The conversation itself; install it (after the conversations plugin) before the /ask command. */
export function createAskConversation(deps: RenderDeps): MiddlewareFn<BotContext> {
  // `lang`: the asker's language when they sent /ask (the session is not readable in here).
  async function ask(conversation: Conversation<BotContext, AskContext>, ctx: AskContext, lang?: Lang) {
    const { t } = textsIn(isLang(lang) ? lang : DEFAULT_LANG);
    // In groups, force_reply makes the asker's client reply to the prompt, which addresses the answer to the bot.
    const inGroup = ctx.chat?.type !== "private";
    await ctx.reply(t("ask-prompt"), {
      ...(inGroup && {
        reply_markup: { force_reply: true, selective: true, input_field_placeholder: t("ask-placeholder") },
      }),
    });
    const questionCtx = await conversation.waitUntil(isPlainText, { next: true });
    await answerQuestion(questionCtx, deps, isLang(lang) ? lang : DEFAULT_LANG);
  }
  return createConversation<BotContext, AskContext>(ask, {
    id: ASK_CONVERSATION,
    maxMillisecondsToWait: ASK_TIMEOUT_MS,
  });
}

export function createAskFeature(deps: RenderDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command("ask", async (ctx) => {
    await ctx.conversation.exitAll();
    const inline = ctx.match.trim();
    const { lang } = await textsFor(ctx);
    // "/ask did Putin call for a ceasefire?" needs no conversation.
    if (inline !== "") {
      await sendCard(ctx, renderReply(deps.engine.findAnswer(inline, lang), deps));
      return;
    }
    await ctx.conversation.enter(ASK_CONVERSATION, lang);
  });

  feature.command("cancel", async (ctx) => {
    const wasAsking = ctx.conversation.active(ASK_CONVERSATION) > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(wasAsking ? "ask-cancelled" : "nothing-to-cancel"));
  });
  return feature;
}
