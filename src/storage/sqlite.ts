// The embedded default store: one SQLite file in DATA_DIR (better-sqlite3, WAL). Nothing to run beside the bot,
// and a single instance keeps its state across restarts. Expired rows are swept continuously, a slice of keys
// at a time in key order (no index on the expiry: it would cost every write a second B-tree), so the file and
// the process's memory stay bounded whatever people do, and no sweep blocks the bot for long. Writes are
// group-committed: those made in one turn of the event loop share one transaction, committed before any of their
// promises resolves (resolved still means on disk), which costs one WAL commit per turn instead of one per write.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import {
  assertLimits,
  assertTtl,
  type LogLimits,
  type LogRecord,
  reasonOf,
  type Store,
  StoreUnavailableError,
} from "./store.js";

export const SQLITE_FILE_NAME = "story-qa-bot.sqlite";
/** How often the sweeper looks at the next slice of keys; reads ignore expired keys meanwhile. */
export const SWEEP_INTERVAL_MS = 1_000;
/** Keys looked at per sweep: a whole pass over a million keys takes about three minutes. */
export const SWEEP_SLICE = 5_000;

export interface SqliteStoreOptions {
  /** The database file; DATA_DIR/story-qa-bot.sqlite in the program. */
  file: string;
  sweepIntervalMs?: number;
  /** The clock, in ms (tests move it forward to expire keys). */
  now?: () => number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS kv (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  DROP INDEX IF EXISTS kv_expires_at;
  CREATE TABLE IF NOT EXISTS log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    at INTEGER NOT NULL,
    record TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS log_name_id ON log (name, id);
  CREATE INDEX IF NOT EXISTS log_name_at ON log (name, at);
`;

export interface SqliteStore extends Store {
  readonly kind: "sqlite";
  /** Deletes every expired key now (the sweeper does it a slice at a time); returns how many. */
  sweepExpired(): number;
}

export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const file = resolve(options.file);
  const now = options.now ?? Date.now;
  let db: Database.Database;
  try {
    mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
    // WAL: readers never wait for the writer; NORMAL: durable across a crash of the process, fast enough.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    // A second process on the same file (a test, a CLI) waits for the lock briefly instead of failing at once.
    db.pragma("busy_timeout = 2000");
    // The write-ahead log is cut back to this size after each checkpoint, so it cannot grow for ever.
    db.pragma("journal_size_limit = 8388608");
    db.exec(SCHEMA);
  } catch (error) {
    throw new StoreUnavailableError(
      `cannot open the SQLite store at ${file}: ${reasonOf(error)}. ` +
        "Check that DATA_DIR points to a writable folder, or set REDIS_URL to use Redis",
    );
  }

  const statements = {
    get: db.prepare<[string, number], { value: string }>(
      "SELECT value FROM kv WHERE key = ? AND expires_at > ?",
    ),
    set: db.prepare<[string, string, number]>(
      "INSERT INTO kv (key, value, expires_at) VALUES (?, ?, ?) " +
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
    ),
    delete: db.prepare<[string]>("DELETE FROM kv WHERE key = ?"),
    // Inserts, or takes over a row that has expired; `changes` is 0 when a live row holds the key.
    setIfAbsent: db.prepare<[string, string, number, number]>(
      "INSERT INTO kv (key, value, expires_at) VALUES (?, ?, ?) " +
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at " +
        "WHERE kv.expires_at <= ?",
    ),
    sweepAll: db.prepare<[number]>("DELETE FROM kv WHERE expires_at <= ?"),
    // The last key of the next slice after `key` ("" = from the start); undefined past the end.
    sliceEnd: db.prepare<[string, number], { key: string }>(
      "SELECT key FROM kv WHERE key > ? ORDER BY key LIMIT 1 OFFSET ?",
    ),
    sweepSlice: db.prepare<[string, string, number]>(
      "DELETE FROM kv WHERE key > ? AND key <= ? AND expires_at <= ?",
    ),
    sweepRest: db.prepare<[string, number]>("DELETE FROM kv WHERE key > ? AND expires_at <= ?"),
    append: db.prepare<[string, number, string]>("INSERT INTO log (name, at, record) VALUES (?, ?, ?)"),
    trimRows: db.prepare<[string, string, number]>(
      "DELETE FROM log WHERE name = ? AND id <= " +
        "(SELECT id FROM log WHERE name = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
    ),
    trimAge: db.prepare<[string, number]>("DELETE FROM log WHERE name = ? AND at < ?"),
    readLog: db.prepare<[string, number], { at: number; record: string }>(
      "SELECT at, record FROM log WHERE name = ? AND at >= ? ORDER BY id",
    ),
    ping: db.prepare("SELECT 1"),
  };
  const appendTrimmed = db.transaction((log: string, record: string, limits: LogLimits) => {
    const at = now();
    statements.append.run(log, at, record);
    statements.trimRows.run(log, log, limits.maxRows);
    statements.trimAge.run(log, at - limits.maxAgeMs);
  });

  let closed = false;
  // The writes waiting for the open transaction to commit; null when none is open.
  let pending: { resolve: () => void; reject: (error: unknown) => void }[] | null = null;
  const commit = () => {
    // Already committed (by close, which does not wait for this turn to end).
    if (pending === null) return;
    const waiting = pending;
    pending = null;
    try {
      db.exec("COMMIT");
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      for (const w of waiting) w.reject(error);
      return;
    }
    for (const w of waiting) w.resolve();
  };
  /** Runs a write in this turn's transaction (opening it), and resolves with its result once committed. */
  const write = <T>(run: () => T): Promise<T> => {
    try {
      if (pending === null) {
        // IMMEDIATE: the write lock is taken now, so a set-if-absent stays atomic across processes.
        db.exec("BEGIN IMMEDIATE");
        pending = [];
        setImmediate(commit);
      }
      const result = run();
      return new Promise<T>((resolve, reject) => pending!.push({ resolve: () => resolve(result), reject }));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  let cursor = "";
  const sweepSlice = () => {
    if (closed) return;
    const end = statements.sliceEnd.get(cursor, SWEEP_SLICE - 1)?.key;
    if (end === undefined) {
      statements.sweepRest.run(cursor, now());
      cursor = "";
    } else {
      statements.sweepSlice.run(cursor, end, now());
      cursor = end;
    }
  };
  const sweeper = setInterval(sweepSlice, options.sweepIntervalMs ?? SWEEP_INTERVAL_MS);
  sweeper.unref();

  // better-sqlite3 is synchronous; `async` turns its exceptions into rejections, as callers of a Store expect.
  return {
    kind: "sqlite",
    location: file,
    async get(key) {
      return statements.get.get(key, now())?.value;
    },
    async set(key, value, ttlMs) {
      assertTtl(ttlMs);
      await write(() => statements.set.run(key, value, now() + ttlMs));
    },
    async delete(key) {
      await write(() => statements.delete.run(key));
    },
    async setIfAbsent(key, value, ttlMs) {
      assertTtl(ttlMs);
      const at = now();
      return write(() => statements.setIfAbsent.run(key, value, at + ttlMs, at).changes === 1);
    },
    async append(log, record, limits) {
      assertLimits(limits);
      await write(() => appendTrimmed(log, record, limits));
    },
    async readLog(log, sinceMs): Promise<LogRecord[]> {
      return statements.readLog.all(log, sinceMs);
    },
    async ping() {
      statements.ping.get();
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      if (pending !== null) commit();
      db.close();
    },
    sweepExpired: () => (closed ? 0 : statements.sweepAll.run(now()).changes),
  };
}
