// Groups: the bot speaks only when spoken to (commands for it, replies to its messages, @mentions) and answers
// in a reply to the message that asked, so a busy group can tell what answers what.
import { Composer, type Context, type MiddlewareFn, type Transformer } from "grammy";
import type { MessageEntity } from "grammy/types";

/** Is this message for this bot? Private chats and non-message updates (button presses) always are. */
export function isAddressedToBot(ctx: Context): boolean {
  const message = ctx.message;
  if (!message) return true;
  const text = message.text ?? message.caption ?? "";
  const entities = message.entities ?? message.caption_entities ?? [];
  const command = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  if (command) {
    // "/summary@OtherBot" is for another bot, in any chat.
    const target = text.slice(0, command.length).split("@")[1];
    return target === undefined || sameUsername(target, ctx.me.username);
  }
  if (ctx.chat?.type === "private") return true;
  if (message.reply_to_message?.from?.id === ctx.me.id) return true;
  return entities.some((e) => mentionsBot(e, text, ctx));
}

function mentionsBot(entity: MessageEntity, text: string, ctx: Context): boolean {
  if (entity.type === "text_mention") return entity.user.id === ctx.me.id;
  if (entity.type !== "mention") return false;
  return sameUsername(text.slice(entity.offset + 1, entity.offset + entity.length), ctx.me.username);
}

const sameUsername = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The question in a message, without the @mention that addressed it to the bot. */
export function questionText(ctx: Context): string {
  const message = ctx.message;
  const text = message?.text ?? "";
  const mentions = (message?.entities ?? [])
    .filter((e) => mentionsBot(e, text, ctx))
    .sort((a, b) => b.offset - a.offset);
  let question = text;
  for (const m of mentions) question = question.slice(0, m.offset) + question.slice(m.offset + m.length);
  return question.replace(/\s+/g, " ").trim();
}

/** In groups, makes every sendMessage of this update a reply to the message that asked (or held the button). */
export const replyToAskingMessage: MiddlewareFn<Context> = async (ctx, next) => {
  const chat = ctx.chat;
  const askingMessageId = ctx.message?.message_id ?? ctx.callbackQuery?.message?.message_id;
  if (chat && chat.type !== "private" && askingMessageId !== undefined) {
    ctx.api.config.use(quoteMessage(chat.id, askingMessageId));
  }
  await next();
};

function quoteMessage(chatId: number, messageId: number): Transformer {
  return (prev, method, payload, signal) => {
    const p = payload as { chat_id?: number | string; reply_parameters?: unknown };
    if (method === "sendMessage" && p.chat_id === chatId && p.reply_parameters === undefined) {
      const quoted = { ...p, reply_parameters: { message_id: messageId, allow_sending_without_reply: true } };
      return prev(method, quoted as typeof payload, signal);
    }
    return prev(method, payload, signal);
  };
}

/**
 * Stops messages that are not for the bot, and channel posts (a channel has no one to answer: a reply would be
 * posted to all its subscribers); everything else goes on, replying in groups to the asker.
 */
export function createGroupsFeature(): Composer<Context> {
  const feature = new Composer<Context>();
  feature.use(async (ctx, next) => {
    if (ctx.channelPost || ctx.editedChannelPost) return;
    if (isAddressedToBot(ctx)) await next();
  });
  feature.use(replyToAskingMessage);
  return feature;
}
