// Structured logs (pino). The bot token is cut out of every line written, wherever it hides: grammY's network
// errors carry the request URL, and that URL contains the token.
import { type DestinationStream, type Logger, pino } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger } from "pino";

export interface LoggerOptions {
  level: LogLevel;
  /** Secrets to replace with [REDACTED] in every line (the bot token, the webhook secret). */
  secrets?: (string | undefined)[];
  /** Where lines go; stdout by default. Tests pass a buffer, the terminal chat passes stderr. */
  destination?: DestinationStream;
}

export const REDACTED = "[REDACTED]";

export function createLogger({ level, secrets = [], destination }: LoggerOptions): Logger {
  const redactSecrets = redactor(secrets);
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      hooks: { streamWrite: redactSecrets },
      serializers: { err: serializeError },
    },
    destination ?? pino.destination({ fd: 1, sync: true }),
  );
}

/**
 * pino's error serializer, minus the request payload grammY puts on a GrammyError: it holds what the bot was
 * sending (a user's words, whole cards), which a log line does not need; method, code and description say it all.
 */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown;
  if (typeof serialized !== "object" || serialized === null || !("payload" in serialized)) return serialized;
  const { payload: _payload, ...rest } = serialized as Record<string, unknown>;
  return rest;
}

/** Replaces each secret (and its URL-encoded form) in `text`; secrets shorter than 4 characters are ignored. */
export function redactor(secrets: (string | undefined)[]): (text: string) => string {
  const needles = [
    ...new Set(secrets.filter((s): s is string => s !== undefined && s.length >= 4).flatMap(variants)),
  ].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return (text) => text;
  return (text) => needles.reduce((out, needle) => out.split(needle).join(REDACTED), text);
}

function variants(secret: string): string[] {
  return [secret, encodeURIComponent(secret)];
}
