// Long polling (the Procfile's worker): getMe, the command menu, then getUpdates until a signal stops it.
import type { Bot } from "grammy";
import { type BotContext, setCommandMenu } from "../bot/index.js";
import type { Logger } from "../logger.js";
import { exitGracefullyOnSignals, type ShutdownOptions } from "./shutdown.js";

/** The update types the bot handles; Telegram sends only these. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

export async function runPolling(
  bot: Bot<BotContext>,
  logger: Logger,
  shutdown: Partial<ShutdownOptions> = {},
): Promise<void> {
  await bot.init();
  await setCommandMenu(bot.api, logger);
  const polling = bot.start({
    allowed_updates: [...ALLOWED_UPDATES],
    onStart: (me) => logger.info({ username: me.username }, "polling for updates"),
  });
  // bot.stop() ends getUpdates; bot.start() resolves once the update in hand has been handled.
  exitGracefullyOnSignals(
    async () => {
      await bot.stop();
      await polling;
    },
    { logger, ...shutdown },
  );
  await polling;
}
