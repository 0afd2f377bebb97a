// The context the bot's middleware sees, and what createBot needs from outside.
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { ApiClientOptions, Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { AnsweringEngine } from "../answering/types.js";
import type { ClaimChecker } from "../claims/index.js";
import type { Curation } from "../curation/index.js";
import type { Conversation } from "../dialogue/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";
import type { RateLimit } from "./features/rate-limit.js";
import type { SessionContext, SessionStorage } from "./session.js";

/**
 * Outside the /ask conversation: the plugin's controls are on ctx.conversation, per-user memory on ctx.session,
 * the reply language's texts on ctx.t (i18n.ts).
 */
export type BotContext = ConversationFlavor<SessionContext & I18nFlavor>;

/** Inside the /ask conversation: a plain context, rebuilt by the plugin on each replay. */
export type AskContext = Context;

export interface BotDeps {
  token: string;
  engine: AnsweringEngine;
  /** The claim checker (src/claims/); built from kb on first use when not given. */
  claims?: ClaimChecker;
  kb: KnowledgeBase;
  logger: Logger;
  /** Known in the terminal chat and in tests, so no getMe is needed; polling and webhook call bot.init(). */
  botInfo?: UserFromGetMe;
  /** apiRoot (BOT_API_ROOT) and, in the terminal chat and tests, a local fetch. */
  client?: ApiClientOptions;
  /**
   * Retry limits for 429s, 5xx and network errors; tests lower them, webhook mode caps maxDelaySeconds below
   * its response timeout. firstBackoffMs: the first pause before retrying a 5xx or network error (doubling).
   */
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number; firstBackoffMs?: number };
  /** Per-user flood control; false turns it off (the webhook bench, where 1,000 chats send 10 messages each). */
  rateLimit?: RateLimit | false;
  /**
   * Where the bot keeps its state (per-user choices, /ask conversations): the SQLite file or Redis. Without one
   * (the terminal chat, most tests) state lives in memory and is forgotten on restart.
   */
  store?: Store;
  /**
   * knowledge/conversation.json (the story's point, curated yes/no verdicts); without it the story's point is
   * the engine's popular questions and yes/no verdicts come from the claim checker alone.
   */
  conversation?: Conversation;
  /** Overrides where per-user choices live (tests); by default the store, else memory. */
  sessionStorage?: SessionStorage;
  /** Records questions and 👍/👎 votes for the curation report; absent: neither is kept, no vote buttons. */
  curation?: Curation;
  /** Telegram user ids who may use /stats (ADMIN_IDS); for everyone else it does not exist. */
  adminIds?: readonly number[];
}
