// The shared store (REDIS_URL): every instance behind a load balancer sees the same keys, so an update delivered
// to two of them is handled once (SET NX PX) and an /ask begun on one is finished on another. Client: node-redis
// (@redis/client), the client Redis itself maintains. A log is a stream, trimmed by age (MINID) and length
// (MAXLEN) on every append, and expires as a whole once nothing is appended for maxAgeMs.
import { createClient } from "@redis/client";
import {
  assertLimits,
  assertTtl,
  type LogRecord,
  reasonOf,
  type Store,
  StoreUnavailableError,
} from "./store.js";

export interface RedisStoreOptions {
  url: string;
  /** Put before every key, so several bots (or tests) can share one Redis. */
  prefix?: string;
  /** A command that gets no answer in this long fails, so a hung Redis never hangs an update. */
  commandTimeoutMs?: number;
  /** How long to keep trying at start before giving up with StoreUnavailableError. */
  connectTimeoutMs?: number;
  /** Called when the connection breaks (once per break) and when it is back. */
  onConnectionLost?: (reason: string) => void;
  onConnectionRestored?: () => void;
}

export const DEFAULT_KEY_PREFIX = "story-qa-bot:";

/** The URL without its password, for log lines and error messages. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(an unparsable REDIS_URL)";
  }
}

export async function openRedisStore(options: RedisStoreOptions): Promise<Store> {
  const location = redactRedisUrl(options.url);
  const prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const startedAt = Date.now();
  let connectedOnce = false;
  let broken = false;
  let lastError: unknown;

  const client = createClient({
    url: options.url,
    // Fail a command at once while disconnected, rather than queueing it until Redis is back: the bot answers
    // stateless questions meanwhile instead of hanging every update.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: Math.min(connectTimeoutMs, 2_000),
      // At start, give up after connectTimeoutMs (the program exits with a clear message); later, retry for ever.
      reconnectStrategy: (retries) => {
        if (!connectedOnce && Date.now() - startedAt >= connectTimeoutMs)
          return lastError instanceof Error ? lastError : new Error(String(lastError));
        return Math.min(50 * 2 ** retries, 2_000);
      },
    },
  });
  // node-redis emits 'error' on every failed (re)connection; without a listener it would crash the process.
  client.on("error", (error: unknown) => {
    lastError = error;
    if (connectedOnce && !broken) {
      broken = true;
      options.onConnectionLost?.(reasonOf(error));
    }
  });
  client.on("ready", () => {
    if (broken) options.onConnectionRestored?.();
    broken = false;
    connectedOnce = true;
  });

  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    throw new StoreUnavailableError(
      `cannot connect to Redis at ${location}: ${reasonOf(lastError ?? error)}. ` +
        "Check REDIS_URL, or unset it to use the embedded SQLite store in DATA_DIR",
    );
  }

  // A hung Redis must not hang an update: each command gets a deadline. Not node-redis's own per-command timeout,
  // which arms an AbortSignal.timeout for every command (~20% of the webhook's CPU per update, measured in the
  // side-by-side bench); one sweep over the pending commands does the same for all of them.
  const deadlines = new Deadlines(options.commandTimeoutMs ?? 2_000, location);
  const timed = <T>(command: Promise<T>) => deadlines.within(command);
  const key = (name: string) => `${prefix}${name}`;
  const logKey = (name: string) => `${prefix}log:${name}`;

  return {
    kind: "redis",
    location,
    async get(name) {
      return (await timed(client.get(key(name)))) ?? undefined;
    },
    async set(name, value, ttlMs) {
      assertTtl(ttlMs);
      await timed(client.set(key(name), value, { expiration: { type: "PX", value: Math.ceil(ttlMs) } }));
    },
    async delete(name) {
      await timed(client.del(key(name)));
    },
    async setIfAbsent(name, value, ttlMs) {
      assertTtl(ttlMs);
      const reply = await timed(
        client.set(key(name), value, {
          condition: "NX",
          expiration: { type: "PX", value: Math.ceil(ttlMs) },
        }),
      );
      return reply === "OK";
    },
    async append(log, record, limits) {
      assertLimits(limits);
      const stream = logKey(log);
      const [timeSeconds, timeMicros] = await timed(client.time());
      const nowMs = Number(timeSeconds) * 1000 + Math.floor(Number(timeMicros) / 1000);
      await timed(
        client
          .multi()
          .xAdd(
            stream,
            "*",
            { r: record },
            { TRIM: { strategy: "MINID", threshold: nowMs - limits.maxAgeMs } },
          )
          .xTrim(stream, "MAXLEN", limits.maxRows)
          .pExpire(stream, Math.ceil(limits.maxAgeMs))
          .exec(),
      );
    },
    async readLog(log, sinceMs): Promise<LogRecord[]> {
      const entries = await timed(client.xRange(logKey(log), String(Math.max(0, Math.floor(sinceMs))), "+"));
      return (entries ?? []).map((entry) => ({
        at: Number(entry.id.split("-")[0]),
        record: String((entry.message as Record<string, unknown>).r ?? ""),
      }));
    },
    async ping() {
      await timed(client.ping());
    },
    async close() {
      deadlines.stop();
      if (!client.isOpen) return;
      try {
        await client.close();
      } catch {
        client.destroy();
      }
    },
  };
}

/** Commands waiting for Redis, each failed once its deadline passes (checked a few times per timeout). */
class Deadlines {
  private readonly pending = new Set<{ deadline: number; reject: (error: Error) => void }>();
  private readonly sweep: NodeJS.Timeout;

  constructor(
    private readonly timeoutMs: number,
    private readonly location: string,
  ) {
    this.sweep = setInterval(() => this.expire(), Math.max(10, Math.floor(timeoutMs / 4))).unref();
  }

  within<T>(command: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiting = { deadline: Date.now() + this.timeoutMs, reject };
      this.pending.add(waiting);
      command.then(
        (value) => {
          this.pending.delete(waiting);
          resolve(value);
        },
        (error: unknown) => {
          this.pending.delete(waiting);
          reject(error);
        },
      );
    });
  }

  stop(): void {
    clearInterval(this.sweep);
  }

  private expire(): void {
    const now = Date.now();
    for (const waiting of this.pending)
      if (waiting.deadline <= now) {
        this.pending.delete(waiting);
        waiting.reject(new Error(`Redis at ${this.location} did not answer within ${this.timeoutMs} ms`));
      }
  }
}
