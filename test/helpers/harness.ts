// A bot wired to the recording API, with helpers that send messages and press buttons through
// bot.handleUpdate, exactly as Telegram's updates would arrive.
import type { Message } from "grammy/types";
import { expect } from "vitest";
import type { AnsweringEngine } from "../../src/answering/types.js";
import type { RateLimit } from "../../src/bot/features/rate-limit.js";
import { createBot } from "../../src/bot/index.js";
import { decodeButton, MAX_CALLBACK_BYTES } from "../../src/bot/keyboards/callback-data.js";
import type { SessionStorage } from "../../src/bot/session.js";
import type { Curation } from "../../src/curation/index.js";
import type { Conversation } from "../../src/dialogue/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { createLogger } from "../../src/logger.js";
import type { Store } from "../../src/storage/index.js";
import {
  callbackQueryUpdate,
  type LocalChat,
  localBotInfo,
  textMessageUpdate,
} from "../../src/transports/local-updates.js";
import { createFakeEngine } from "./fake-engine.js";
import { fixtureKnowledgeBase } from "./fixture-kb.js";
import { LogCapture } from "./log-capture.js";
import { type ApiCall, RecordingApi } from "./recording-api.js";
import { parseTelegramHtml } from "./telegram-html.js";

export const TEST_TOKEN = "123456789:AAtest-token_abcdefghijklmnopqrstuvw";

export const BOT_INFO = localBotInfo(777, "StoryQaBot");

export const PRIVATE: LocalChat = {
  chat: { id: 42, type: "private", first_name: "Ann" },
  user: { id: 42, is_bot: false, first_name: "Ann" },
};

export const GROUP: LocalChat = {
  chat: { id: -100123, type: "supergroup", title: "News fans" },
  user: { id: 7, is_bot: false, first_name: "Ben" },
};

export const GROUP_OTHER_USER: LocalChat = { ...GROUP, user: { id: 8, is_bot: false, first_name: "Cleo" } };

export interface Button {
  text: string;
  data: string;
}

export function buttonsOf(call: ApiCall): Button[] {
  const rows: { text: string; callback_data?: string }[][] = call.payload.reply_markup?.inline_keyboard ?? [];
  return rows.flat().map((b) => ({ text: b.text, data: b.callback_data ?? "" }));
}

/** The text a user sees (HTML parsed as Telegram would). */
export function visibleText(call: ApiCall): string {
  const text = String(call.payload.text ?? "");
  return call.payload.parse_mode === "HTML" ? parseTelegramHtml(text).text : text;
}

export interface TestBotOptions {
  kb?: KnowledgeBase;
  engine?: AnsweringEngine;
  /** Off unless a test asks: most tests send more than a human would, as one user, in milliseconds. */
  rateLimit?: RateLimit;
  /** Per-user memory (summary size); a fresh in-memory store unless a test brings its own. */
  sessionStorage?: SessionStorage;
  /** The curation loop (questions recorded, 👍/👎 buttons); absent unless a test brings one. */
  curation?: Curation;
  adminIds?: number[];
  /** Where the bot keeps its state (a real SQLite file or Redis); in memory without one. */
  store?: Store;
  /** Another recording API to talk to (two bots, one Telegram). */
  api?: RecordingApi;
  /** knowledge/conversation.json for the real knowledge base (the story's point, curated verdicts). */
  conversation?: Conversation;
}

export function createTestBot(options: TestBotOptions = {}) {
  const kb = options.kb ?? fixtureKnowledgeBase();
  const engine = options.engine ?? createFakeEngine(kb);
  const logs = new LogCapture();
  const logger = createLogger({ level: "debug", secrets: [TEST_TOKEN], destination: logs });
  const api = options.api ?? new RecordingApi(BOT_INFO);
  const bot = createBot({
    token: TEST_TOKEN,
    engine,
    kb,
    logger,
    botInfo: BOT_INFO,
    client: { fetch: api.fetch },
    retry: { maxRetryAttempts: 2, maxDelaySeconds: 5, firstBackoffMs: 1 },
    rateLimit: options.rateLimit ?? false,
    sessionStorage: options.sessionStorage,
    curation: options.curation,
    adminIds: options.adminIds,
    store: options.store,
    conversation: options.conversation,
  });
  let nextUpdateId = 1;
  let nextMessageId = 1;

  /** Sends a text message from `where` (a private chat by default); returns it. */
  async function send(
    text: string,
    where: LocalChat = PRIVATE,
    extra: Partial<Message> = {},
  ): Promise<Message> {
    const update = textMessageUpdate(nextUpdateId++, nextMessageId++, where, text, extra);
    await bot.handleUpdate(update);
    return update.message!;
  }

  /** Presses a button with `data`; the button sits on `on` (by default the last message that has it). */
  async function press(data: string, where: LocalChat = PRIVATE, on?: Message): Promise<void> {
    const message = on ?? messageWithButton(data, where) ?? botMessage(9999, where);
    const update = callbackQueryUpdate(nextUpdateId++, where, data, message);
    await bot.handleUpdate(update);
    const answers = api
      .of("answerCallbackQuery")
      .filter((c) => c.payload.callback_query_id === `cq${update.update_id}`);
    expect(answers, `the button ${data} must be answered exactly once`).toHaveLength(1);
  }

  function messageWithButton(data: string, where: LocalChat): Message | undefined {
    const call = api.replies().findLast((c) => buttonsOf(c).some((b) => b.data === data));
    const id =
      call?.method === "editMessageText"
        ? (call.payload.message_id as number)
        : (call?.result as { message_id?: number } | undefined)?.message_id;
    return call && id !== undefined ? { ...botMessage(id, where), text: call.payload.text } : undefined;
  }

  return { bot, api, logs, logger, kb, engine, send, press };
}

function botMessage(messageId: number, where: LocalChat): Message {
  return { message_id: messageId, date: 0, chat: where.chat, from: BOT_INFO, text: "…" } as Message;
}

/** Every message is valid Telegram HTML (or plain text), and every button's data is short and decodable. */
export function expectValidOutput(api: RecordingApi): void {
  for (const call of api.replies()) {
    const text = String(call.payload.text ?? "");
    if (call.payload.parse_mode === "HTML") {
      expect(parseTelegramHtml(text).problems, text).toEqual([]);
    } else {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(4096);
    }
    for (const button of buttonsOf(call)) {
      expect(Buffer.byteLength(button.data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(decodeButton(button.data), button.data).not.toBeNull();
      expect(button.text.trim()).not.toBe("");
    }
  }
}
