// Updates as Telegram would send them, for chats that do not go through Telegram (the terminal chat, tests):
// Telegram marks commands and @mentions with entities, and grammY's command matching relies on them.
import type { Chat, Message, MessageEntity, Update, User, UserFromGetMe } from "grammy/types";

/** What getMe would say of a bot that never asks Telegram (the terminal chat, the load bench, tests). */
export function localBotInfo(id: number, username: string, supportsInline = false): UserFromGetMe {
  return {
    id,
    is_bot: true,
    first_name: "Story QA",
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: supportsInline,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

const COMMAND = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/;
const MENTION = /(?<![\w@])@[A-Za-z0-9_]{4,32}\b/g;

/** The entities Telegram would attach to `text`: a leading /command, and @mentions (UTF-16 offsets, like JS). */
export function textEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = COMMAND.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(MENTION)) {
    if (command && m.index < command[0].length) continue;
    entities.push({ type: "mention", offset: m.index, length: m[0].length });
  }
  return entities;
}

export interface LocalChat {
  chat: Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat;
  user: User;
}

export function textMessageUpdate(
  updateId: number,
  messageId: number,
  { chat, user }: LocalChat,
  text: string,
  extra: Partial<Message> = {},
): Update {
  const entities = textEntities(text);
  const message = {
    message_id: messageId,
    date: Math.floor(Date.now() / 1000),
    chat,
    from: user,
    text,
    ...(entities.length > 0 && { entities }),
    ...extra,
  } as Message;
  return { update_id: updateId, message } as Update;
}

export function callbackQueryUpdate(
  updateId: number,
  { user }: LocalChat,
  data: string,
  message: Message,
): Update {
  return {
    update_id: updateId,
    callback_query: { id: `cq${updateId}`, from: user, chat_instance: "local", data, message },
  } as Update;
}
