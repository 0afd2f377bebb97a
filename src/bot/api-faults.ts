// What the bot does when a Bot API call fails, as API transformers (so every Api object gets them: bot.api, each
// update's ctx.api, and the ones the conversations plugin builds). Installed innermost to outermost:
//   retryTransientFailures: 5xx and network errors (ECONNRESET…), a few times with doubling pauses;
//   autoRetry (the plugin, in index.ts): 429 after its retry_after;
//   recoverFromApiFaults: the failures one can answer without the user noticing (see below).
import { GrammyError, HttpError, type Transformer } from "grammy";
import { RecentSet } from "../lib/recent-set.js";
import type { Logger } from "../logger.js";
import { MAX_MESSAGE_LENGTH } from "./render/html.js";
import { htmlToPlainText } from "./render/split.js";

export interface TransientRetryOptions {
  /** Attempts after the first one. */
  retries: number;
  /** The pause before the first retry; each later pause is twice the one before, up to maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
}

type Payload = Record<string, unknown>;
type ApiResult = Awaited<ReturnType<Parameters<Transformer>[0]>>;

/**
 * Retries 5xx answers and network errors (ECONNRESET, timeouts). Not getUpdates: grammY's polling loop retries it
 * and must see 401/409 at once. Not getMe: the start (transports/startup.ts) retries it and logs one line a try. A network error can hide a request Telegram did get, so a retried sendMessage may
 * rarely arrive twice; losing the reply would be worse.
 */
export function retryTransientFailures(options: TransientRetryOptions, logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    if (method === "getUpdates" || method === "getMe") return prev(method, payload, signal);
    let delay = options.firstDelayMs;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= options.retries;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || result.error_code < 500 || last) return result;
        logger.warn(
          { method, error_code: result.error_code, retry_in_ms: delay },
          "Telegram failed; retrying",
        );
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted || last) throw error;
        logger.warn({ method, err: error, retry_in_ms: delay }, "the request to Telegram failed; retrying");
      }
      await pause(delay, signal);
      delay = Math.min(options.maxDelayMs, delay * 2);
    }
  };
}

/** grammY's own AbortSignal type (from its shim), which the DOM type does not match. */
type Signal = Parameters<Transformer>[3];

function pause(ms: number, signal: Signal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(new Error("aborted while waiting to retry a Bot API call"));
    };
    signal?.addEventListener("abort", abort, { once: true });
  });
}

/** How many unreachable chats to remember, so each is logged once without the memory growing forever. */
const REMEMBERED_UNREACHABLE_CHATS = 10_000;

/**
 * Answers the failures that need no one's attention:
 * - 403 (the user blocked the bot, or it was removed from the group): logged once per chat; the call still fails,
 *   which ends the update, and the error handler stays silent about it (isChatUnreachable);
 * - 400 "can't parse entities": sent again as plain text (the HTML's text, entities decoded), and logged, since
 *   it means a rendering bug;
 * - 400 "message to be replied not found" (the asking message was deleted): sent again without the reply;
 * - 400 "message is not modified" (a double tap on a toggle) and "query is too old" (a button pressed long ago,
 *   answered late): nothing to do, so they succeed.
 */
export function recoverFromApiFaults(logger: Logger): Transformer {
  const unreachableChats = new RecentSet<string>(REMEMBERED_UNREACHABLE_CHATS);
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (result.ok) return result;
    const p = payload as Payload;
    const { error_code: code, description } = result;
    const chat_id = p.chat_id;

    if (code === 403) {
      if (unreachableChats.add(String(chat_id ?? method))) {
        logger.info({ chat_id, method, description }, "the chat cannot be reached; not sending there");
      }
      return result;
    }
    if (code !== 400) return result;
    if (
      /can't parse entities/i.test(description) &&
      typeof p.text === "string" &&
      p.parse_mode !== undefined
    ) {
      logger.warn(
        { chat_id, method, description },
        "Telegram could not parse the HTML; sending it as plain text",
      );
      const { parse_mode: _mode, entities: _entities, ...rest } = p;
      return prev(method, { ...rest, text: asPlainText(p.text) } as typeof payload, signal);
    }
    if (/repl(y|ied)[\w ]* not found/i.test(description) && hasReply(p)) {
      logger.info({ chat_id, method }, "the message to reply to is gone; sending without the reply");
      const { reply_parameters: _reply, reply_to_message_id: _replyId, ...rest } = p;
      return prev(method, rest as typeof payload, signal);
    }
    if (
      (method === "editMessageText" && /message is not modified/i.test(description)) ||
      (method === "answerCallbackQuery" && /query is too old|query id is invalid/i.test(description))
    ) {
      return { ok: true, result: true } as ApiResult;
    }
    return result;
  };
}

const hasReply = (p: Payload) => p.reply_parameters !== undefined || p.reply_to_message_id !== undefined;

/** The HTML's visible text, within Telegram's limit; the markup itself if nothing would be left. */
function asPlainText(html: string): string {
  const plain = htmlToPlainText(html);
  const text = plain.trim() === "" ? html : plain;
  if (text.length <= MAX_MESSAGE_LENGTH) return text;
  // Never end on half a surrogate pair.
  const end = /[\ud800-\udbff]/.test(text[MAX_MESSAGE_LENGTH - 2] ?? "")
    ? MAX_MESSAGE_LENGTH - 2
    : MAX_MESSAGE_LENGTH - 1;
  return `${text.slice(0, end)}…`;
}

/** A 403: the user blocked the bot or it left the chat. Already logged once per chat; nothing more to say. */
export function isChatUnreachable(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 403;
}
