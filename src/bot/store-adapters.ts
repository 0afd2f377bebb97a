// grammY's StorageAdapter (read, write, delete) over the bot's Store, for the session and for the /ask
// conversations (whose versioned state the plugin wraps itself). Values are JSON with a time to live, renewed on
// every write. A store that is down degrades the bot instead of stopping it: a read finds nothing, a write is
// lost, and one log line per outage says so; questions, which need no state, are answered all along.
import type { StorageAdapter } from "grammy";
import type { Logger } from "../logger.js";
import type { Store } from "../storage/index.js";

export interface StoreAdapterOptions {
  /** Namespaces the keys in the store, e.g. "session:" or "ask:". */
  prefix: string;
  ttlMs: number;
  logger: Logger;
  /** What the data is, for the log line ("summary choices", "/ask conversations"). */
  what: string;
}

/** Logs the first failure of an outage and the recovery after it, not every failed call. */
export class OutageReporter {
  private failures = 0;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  failed(error: unknown, action: string): void {
    this.failures++;
    if (this.failures === 1)
      this.logger.error(
        { err: error, action },
        `the store failed: ${this.what} are not kept until it works again; the bot goes on answering`,
      );
  }

  worked(): void {
    if (this.failures === 0) return;
    this.logger.warn({ failed_calls: this.failures }, `the store works again for ${this.what}`);
    this.failures = 0;
  }
}

export function storeAdapter<T>(store: Store, options: StoreAdapterOptions): StorageAdapter<T> {
  const { prefix, ttlMs } = options;
  const outage = new OutageReporter(options.logger, options.what);
  return {
    async read(key) {
      try {
        const raw = await store.get(prefix + key);
        outage.worked();
        return raw === undefined ? undefined : (JSON.parse(raw) as T);
      } catch (error) {
        outage.failed(error, "read");
        return undefined;
      }
    },
    async write(key, value) {
      try {
        await store.set(prefix + key, JSON.stringify(value), ttlMs);
        outage.worked();
      } catch (error) {
        outage.failed(error, "write");
      }
    },
    async delete(key) {
      try {
        await store.delete(prefix + key);
        outage.worked();
      } catch (error) {
        outage.failed(error, "delete");
      }
    },
  };
}
