// One small interface for all the state the bot keeps: strings under keys, each with a time to live, an atomic
// set-if-absent (shared by every instance on the same store), and capped, time-limited append-only logs.
// Nothing here knows grammY; the bot's session and conversation adapters are thin wrappers in src/bot/.

export interface LogRecord {
  /** When the record was appended, in ms since the epoch (the store's clock). */
  at: number;
  record: string;
}

export interface LogLimits {
  /** The log keeps at most this many of its newest records. */
  maxRows: number;
  /** Records older than this are dropped. */
  maxAgeMs: number;
}

export interface Store {
  /** "sqlite" (the embedded default) or "redis" (REDIS_URL). */
  readonly kind: "sqlite" | "redis";
  /** Where the data lives, for log lines: a file path or a Redis URL without its password. */
  readonly location: string;
  /** The value, or undefined when the key is absent or has expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs` (> 0): every key expires. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Stores `value` only if `key` is absent or expired; true if it did. Atomic across processes on one store. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Appends a record to `log`, then trims the log to `limits` (the newest maxRows, none older than maxAgeMs). */
  append(log: string, record: string, limits: LogLimits): Promise<void>;
  /** The records appended at or after `sinceMs`, oldest first. */
  readLog(log: string, sinceMs: number): Promise<LogRecord[]>;
  /** Resolves when the store answers; rejects with the reason otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The store cannot be reached or opened: the message says where, why, and what to do. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}

export function assertTtl(ttlMs: number): void {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`a TTL must be > 0 ms (got ${ttlMs})`);
}

export function assertLimits(limits: LogLimits): void {
  if (!Number.isInteger(limits.maxRows) || limits.maxRows < 1)
    throw new RangeError(`maxRows must be a whole number >= 1 (got ${limits.maxRows})`);
  assertTtl(limits.maxAgeMs);
}

/** The reason in an error, without a stack, for one-line messages. */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code)
      ? `${code} ${error.message}`
      : error.message;
  }
  return String(error);
}
