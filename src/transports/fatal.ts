// Why the bot stopped for good, in words an operator can act on, and the exit code to stop with.
import { GrammyError } from "grammy";
import { StoreUnavailableError } from "../storage/index.js";
import { BotApiUnreachableError } from "./startup.js";

/**
 * What to tell the operator when the bot stops for good, and the exit code: 2 for a conflict, 1 otherwise.
 * `explained`: the message says what is wrong and what to do, so the log line needs no stack.
 */
export function describeFatalError(error: unknown): {
  message: string;
  exitCode: number;
  explained: boolean;
} {
  if (error instanceof GrammyError && error.error_code === 401) {
    return {
      message: "Telegram rejected BOT_TOKEN (401 Unauthorized): check it with @BotFather",
      exitCode: 1,
      explained: true,
    };
  }
  if (error instanceof GrammyError && error.error_code === 409) {
    // grammY stops polling on a 409. Restarting would not help: two pollers steal each other's updates.
    const message = /webhook/i.test(error.description)
      ? "a webhook is set for this token (another instance in webhook mode?); stop it or use webhook mode here too"
      : "another instance is polling with this token; stop it or use webhook mode";
    return { message: `409 Conflict: ${message}`, exitCode: 2, explained: true };
  }
  if (error instanceof StoreUnavailableError || error instanceof BotApiUnreachableError) {
    return { message: error.message, exitCode: 1, explained: true };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "EADDRINUSE" || code === "EACCES") {
    const { address, port } = error as { address?: string; port?: number };
    const where = `${address ?? "HOST"}:${port ?? "PORT"}`;
    return {
      message:
        code === "EADDRINUSE"
          ? `cannot listen on ${where}: the port is in use (another instance or program?); stop it or set PORT to a free port`
          : `cannot listen on ${where}: permission denied; use a port above 1023 (PORT) or run with the right to bind it`,
      exitCode: 1,
      explained: true,
    };
  }
  return {
    message: "the bot stopped: it could not start or lost its connection to Telegram",
    exitCode: 1,
    explained: false,
  };
}
