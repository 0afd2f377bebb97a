// Real stores for the curation tests: an SQLite file in a fresh temp folder, or the test Redis under a key prefix
// no other test uses (REDIS_URL_TEST; see redis.ts). `dump` returns everything the store holds, as text, so a
// test can check that nothing personal is in it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@redis/client";
import Database from "better-sqlite3";
import {
  openRedisStore,
  openSqliteStore,
  SQLITE_FILE_NAME,
  type SqliteStore,
  type Store,
} from "../../src/storage/index.js";
import { REDIS_URL_TEST, uniquePrefix } from "./redis.js";

export interface TestStore {
  store: Store;
  dump(): Promise<string>;
}

/** A new SQLite store in its own folder; `dataDir` is what DATA_DIR would be for `npm run report`. */
export function openTestSqliteStore(options: { now?: () => number } = {}): SqliteStore & { dataDir: string } {
  const dataDir = mkdtempSync(join(tmpdir(), "curation-"));
  const store = openSqliteStore({ file: join(dataDir, SQLITE_FILE_NAME), ...options });
  return Object.assign(store, { dataDir });
}

export function sqliteTestStore(): TestStore & { dataDir: string } {
  const store = openTestSqliteStore();
  const dump = async () => {
    const db = new Database(store.location, { readonly: true });
    try {
      const kv = db.prepare<[], { key: string; value: string }>("SELECT key, value FROM kv").all();
      const log = db.prepare<[], { name: string; record: string }>("SELECT name, record FROM log").all();
      return [...kv.map((r) => `${r.key} ${r.value}`), ...log.map((r) => `${r.name} ${r.record}`)].join("\n");
    } finally {
      db.close();
    }
  };
  return { store, dump, dataDir: store.dataDir };
}

export async function redisTestStore(): Promise<TestStore> {
  if (REDIS_URL_TEST === undefined) throw new Error("REDIS_URL_TEST is not set");
  const prefix = uniquePrefix();
  const store = await openRedisStore({ url: REDIS_URL_TEST, prefix });
  const dump = async () => {
    const client = createClient({ url: REDIS_URL_TEST });
    await client.connect();
    try {
      const lines: string[] = [];
      for (const key of await client.keys(`${prefix}*`)) {
        const type = await client.type(key);
        if (type === "string") lines.push(`${key} ${await client.get(key)}`);
        else if (type === "stream") {
          for (const entry of (await client.xRange(key, "-", "+")) ?? [])
            lines.push(`${key} ${JSON.stringify(entry.message)}`);
        } else lines.push(`${key} (${type})`);
      }
      return lines.join("\n");
    } finally {
      await client.close();
    }
  };
  return { store, dump };
}
