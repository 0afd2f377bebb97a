// A Bot API that lives in this process: it answers the calls the bot makes (as client `fetch`, so the API
// objects the conversations plugin builds use it too) and hands every visible effect to a listener.
import type { ApiClientOptions } from "grammy";
import type { Chat, InlineKeyboardMarkup, Message, UserFromGetMe } from "grammy/types";

export type LocalEvent =
  | { kind: "message"; message: Message.TextMessage; html: boolean }
  | { kind: "edit"; message: Message.TextMessage; html: boolean }
  | { kind: "notice"; text: string }
  /** answerInlineQuery: the cards offered for "@inline <query>". */
  | { kind: "inline"; results: unknown };

interface Payload {
  chat_id?: number | string;
  message_id?: number;
  text?: string;
  reply_markup?: unknown;
  [key: string]: unknown;
}

export class LocalBotApi {
  private nextMessageId = 1;
  private readonly messages = new Map<string, Message.TextMessage>();

  constructor(
    private readonly botInfo: UserFromGetMe,
    private readonly chat: Chat,
    private readonly onEvent: (event: LocalEvent) => void,
  ) {}

  /** Message ids are shared with the user's messages, as in a real chat. */
  allocateMessageId(): number {
    return this.nextMessageId++;
  }

  message(id: number): Message.TextMessage | undefined {
    return this.messages.get(String(id));
  }

  readonly fetch = (async (url: string | URL, init?: { body?: unknown }) => {
    const method = String(url).split("/").pop() ?? "";
    const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as Payload) : {};
    const result = this.call(method, payload);
    return new Response(JSON.stringify(result), { headers: { "content-type": "application/json" } });
  }) as unknown as NonNullable<ApiClientOptions["fetch"]>;

  private call(
    method: string,
    p: Payload,
  ): { ok: true; result: unknown } | { ok: false; error_code: number; description: string } {
    switch (method) {
      case "getMe":
        return { ok: true, result: this.botInfo };
      case "sendMessage": {
        const message = {
          message_id: this.allocateMessageId(),
          date: Math.floor(Date.now() / 1000),
          chat: this.chat,
          from: this.botInfo,
          text: p.text ?? "",
          ...(isInlineKeyboard(p.reply_markup) && { reply_markup: p.reply_markup }),
        } as Message.TextMessage;
        this.messages.set(String(message.message_id), message);
        this.onEvent({ kind: "message", message, html: p.parse_mode === "HTML" });
        return { ok: true, result: message };
      }
      case "editMessageText": {
        const old = this.messages.get(String(p.message_id));
        if (!old)
          return { ok: false, error_code: 400, description: "Bad Request: message to edit not found" };
        const { reply_markup: _old, ...rest } = old;
        const message = {
          ...rest,
          text: p.text ?? "",
          edit_date: Math.floor(Date.now() / 1000),
          ...(isInlineKeyboard(p.reply_markup) && { reply_markup: p.reply_markup }),
        } as Message.TextMessage;
        this.messages.set(String(message.message_id), message);
        this.onEvent({ kind: "edit", message, html: p.parse_mode === "HTML" });
        return { ok: true, result: message };
      }
      case "answerCallbackQuery":
        if (typeof p.text === "string" && p.text !== "") this.onEvent({ kind: "notice", text: p.text });
        return { ok: true, result: true };
      case "answerInlineQuery":
        this.onEvent({ kind: "inline", results: p.results });
        return { ok: true, result: true };
      default:
        // setMyCommands, sendChatAction and the like change nothing one can see here.
        return { ok: true, result: true };
    }
  }
}

function isInlineKeyboard(markup: unknown): markup is InlineKeyboardMarkup {
  return typeof markup === "object" && markup !== null && "inline_keyboard" in markup;
}
