// Picks the store: Redis when REDIS_URL is set (several instances share it), else the SQLite file in DATA_DIR.
import { join } from "node:path";
import type { Logger } from "../logger.js";
import type { RedisStoreOptions } from "./redis.js";
import { openSqliteStore, SQLITE_FILE_NAME } from "./sqlite.js";
import type { Store } from "./store.js";

export { openSqliteStore, SQLITE_FILE_NAME, type SqliteStore } from "./sqlite.js";
export type { LogLimits, LogRecord, Store } from "./store.js";
export { StoreUnavailableError } from "./store.js";

/** Redis, loaded only when asked for: its client takes longer to import than the whole bot takes to start. */
export async function openRedisStore(options: RedisStoreOptions): Promise<Store> {
  const { openRedisStore: open } = await import("./redis.js");
  return open(options);
}

export interface StoreConfig {
  /** REDIS_URL; undefined means the embedded SQLite store. */
  redisUrl: string | undefined;
  /** DATA_DIR: where the SQLite file lives. */
  dataDir: string;
}

/** Opens the configured store; throws StoreUnavailableError (a message for the operator) when it cannot. */
export async function openStore(config: StoreConfig, logger: Logger): Promise<Store> {
  if (config.redisUrl !== undefined) {
    const store = await openRedisStore({
      url: config.redisUrl,
      onConnectionLost: (reason) =>
        logger.error(
          { reason },
          "lost the connection to Redis: reconnecting; meanwhile questions are answered, but choices, /ask and dedupe are not kept",
        ),
      onConnectionRestored: () => logger.info("the connection to Redis is back"),
    });
    logger.info({ store: "redis", at: store.location }, "state is kept in Redis");
    return store;
  }
  const store = openSqliteStore({ file: join(config.dataDir, SQLITE_FILE_NAME) });
  logger.info({ store: "sqlite", at: store.location }, "state is kept in an SQLite file");
  return store;
}
