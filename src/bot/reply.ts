// Sending and editing cards: HTML parse mode, no link previews, long cards split between messages (at
// paragraphs, see render/split.ts) with the keyboard under the last one.
import { type Context, GrammyError } from "grammy";
import type { Message } from "grammy/types";
import type { Card } from "./render/card.js";
import { splitHtml } from "./render/split.js";

const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** Sends the card as one message, or several when it is too long; returns the last one sent. */
export async function sendCard(ctx: Context, card: Card): Promise<Message.TextMessage> {
  const messages = splitHtml(card.blocks.join("\n\n"));
  let last: Message.TextMessage | undefined;
  for (const [i, text] of messages.entries()) {
    const isLast = i === messages.length - 1;
    last = await ctx.reply(text, {
      ...HTML,
      ...(isLast && card.keyboard ? { reply_markup: card.keyboard } : {}),
    });
  }
  if (!last) throw new Error("sendCard: the card has no text");
  return last;
}

/** Replaces the text and keyboard of the message the pressed button is on; sends anew if it would not fit. */
export async function editCard(ctx: Context, card: Card): Promise<void> {
  const text = card.blocks.join("\n\n");
  if (splitHtml(text).length > 1) {
    await sendCard(ctx, card);
    return;
  }
  try {
    await ctx.editMessageText(text, { ...HTML, ...(card.keyboard ? { reply_markup: card.keyboard } : {}) });
  } catch (error) {
    // A double tap asks for the text the message already has; Telegram refuses, and that is fine.
    if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
    throw error;
  }
}
