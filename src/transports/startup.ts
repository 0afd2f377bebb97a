// getMe at start, retried for about 30 s: a Bot API that is briefly unreachable (a deploy racing the network)
// is waited for; one that stays away ends the program with a message that says where it looked.
import { type Bot, GrammyError } from "grammy";
import type { BotContext } from "../bot/index.js";
import type { Logger } from "../logger.js";
import { describe } from "./failure-burst.js";

export const STARTUP_TIMEOUT_MS = 30_000;
const TELEGRAM_API_ROOT = "https://api.telegram.org";

/** The Bot API did not answer getMe in time; the message is for the operator. */
export class BotApiUnreachableError extends Error {
  override readonly name = "BotApiUnreachableError";
}

export async function initBot(
  bot: Bot<BotContext>,
  options: { logger: Logger; apiRoot?: string; timeoutMs?: number },
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? STARTUP_TIMEOUT_MS);
  let delayMs = 500;
  for (let attempt = 1; ; attempt++) {
    try {
      // Not bot.init(): it retries network errors for ever, silently.
      if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
      return;
    } catch (error) {
      // A rejected token will not get better by waiting (main.ts says what to do).
      if (error instanceof GrammyError && error.error_code === 401) throw error;
      const reason = describe(error);
      if (Date.now() + delayMs > deadline) {
        throw new BotApiUnreachableError(
          `cannot reach the Bot API at ${options.apiRoot ?? TELEGRAM_API_ROOT} (getMe failed ${attempt} times ` +
            `over ${Math.round((options.timeoutMs ?? STARTUP_TIMEOUT_MS) / 1000)} s; last: ${reason}). ` +
            "Check the network, or BOT_API_ROOT if you set it",
        );
      }
      options.logger.warn({ attempt, reason, retry_in_ms: delayMs }, "getMe failed at start; retrying");
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      delayMs = Math.min(delayMs * 2, 8_000);
    }
  }
}
