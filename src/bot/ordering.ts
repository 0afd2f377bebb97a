// Which updates must run one after another: those of one chat (so replies keep their order and a conversation
// sees its messages in turn), and an inline user's queries; every other pair may run at once.
import type { Context } from "grammy";

export function orderingKey(ctx: Context): string | undefined {
  if (ctx.chatId !== undefined) return `chat:${ctx.chatId}`;
  if (ctx.from !== undefined) return `user:${ctx.from.id}`;
  return undefined;
}
