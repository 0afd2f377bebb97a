// Why the bot stopped for good, in words an operator can act on, and the exit code to stop with.
import { GrammyError } from "grammy";

/** What to tell the operator when the bot stops for good, and the exit code: 2 for a conflict, 1 otherwise. */
export function describeFatalError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof GrammyError && error.error_code === 401) {
    return {
      message: "Telegram rejected BOT_TOKEN (401 Unauthorized): check it with @BotFather",
      exitCode: 1,
    };
  }
  if (error instanceof GrammyError && error.error_code === 409) {
    // grammY stops polling on a 409. Restarting would not help: two pollers steal each other's updates.
    const message = /webhook/i.test(error.description)
      ? "a webhook is set for this token (another instance in webhook mode?); stop it or use webhook mode here too"
      : "another instance is polling with this token; stop it or use webhook mode";
    return { message: `409 Conflict: ${message}`, exitCode: 2 };
  }
  return { message: "the bot stopped: it could not start or lost its connection to Telegram", exitCode: 1 };
}
