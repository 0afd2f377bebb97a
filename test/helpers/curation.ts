// Real stores for the curation tests: an SQLite file in a fresh temp folder, or the test Redis under a key prefix
// no other test uses (REDIS_URL_TEST; see redis.ts).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  openRedisStore,
  openSqliteStore,
  SQLITE_FILE_NAME,
  type SqliteStore,
  type Store,
} from "../../src/storage/index.js";
import { REDIS_URL_TEST, uniquePrefix } from "./redis.js";

/** A new SQLite store in its own folder; `dataDir` is what DATA_DIR would be for `npm run report`. */
export function openTestSqliteStore(options: { now?: () => number } = {}): SqliteStore & { dataDir: string } {
  const dataDir = mkdtempSync(join(tmpdir(), "curation-"));
  const store = openSqliteStore({ file: join(dataDir, SQLITE_FILE_NAME), ...options });
  return Object.assign(store, { dataDir });
}

export async function openTestRedisStore(): Promise<Store> {
  if (REDIS_URL_TEST === undefined) throw new Error("REDIS_URL_TEST is not set");
  return openRedisStore({ url: REDIS_URL_TEST, prefix: uniquePrefix() });
}
