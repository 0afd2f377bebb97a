// The same behaviour from both backends, on a real SQLite file and a real Redis.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openRedisStore, openSqliteStore, type Store } from "../../src/storage/index.js";
import { noRedis, REDIS_URL_TEST, uniquePrefix } from "../helpers/redis.js";

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "store-test-"));
  dirs.push(dir);
  return join(dir, "state.sqlite");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const backends: { name: string; skip: boolean; open: () => Promise<Store> }[] = [
  { name: "sqlite", skip: false, open: async () => openSqliteStore({ file: tempFile() }) },
  {
    name: "redis",
    skip: noRedis,
    open: () => openRedisStore({ url: REDIS_URL_TEST ?? "", prefix: uniquePrefix() }),
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the ${backend.name} store`, () => {
    async function open(): Promise<Store> {
      const store = await backend.open();
      stores.push(store);
      return store;
    }

    it("gets what was set, forgets what was deleted, and answers undefined for an unknown key", async () => {
      const store = await open();
      expect(store.kind).toBe(backend.name);
      await store.set("a", "one", 60_000);
      await store.set("b", "two ünïcødé 🙂", 60_000);
      expect(await store.get("a")).toBe("one");
      expect(await store.get("b")).toBe("two ünïcødé 🙂");
      await store.set("a", "uno", 60_000);
      expect(await store.get("a")).toBe("uno");
      await store.delete("a");
      expect(await store.get("a")).toBeUndefined();
      expect(await store.get("never")).toBeUndefined();
      await store.delete("never");
      await store.ping();
    });

    it("forgets a key once its time to live is over", async () => {
      const store = await open();
      await store.set("short", "x", 50);
      await store.set("long", "y", 60_000);
      expect(await store.get("short")).toBe("x");
      await sleep(120);
      expect(await store.get("short")).toBeUndefined();
      expect(await store.get("long")).toBe("y");
    });

    it("refuses a key without a time to live", async () => {
      const store = await open();
      await expect(store.set("k", "v", 0)).rejects.toThrow(/TTL/);
      await expect(store.setIfAbsent("k", "v", Number.NaN)).rejects.toThrow(/TTL/);
    });

    it("sets if absent exactly once among many racing callers, and again after expiry", async () => {
      const store = await open();
      // The race under a long time to live: on a loaded machine twenty racing calls can outlast a short one, and
      // "again" would then find the key expired (a CI run under load did). Expiry is tested on a key of its own.
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.setIfAbsent("update:1", String(i), 60_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.setIfAbsent("update:1", "again", 60_000)).toBe(false);
      expect(await store.setIfAbsent("update:2", "first", 100)).toBe(true);
      await sleep(150);
      expect(await store.setIfAbsent("update:2", "after", 60_000)).toBe(true);
      expect(await store.get("update:2")).toBe("after");
    });

    it("appends to a log, reads it back in order since a time, and keeps only the newest maxRows", async () => {
      const store = await open();
      const limits = { maxRows: 3, maxAgeMs: 60_000 };
      const before = Date.now() - 1_000;
      for (const record of ["r1", "r2", "r3", "r4", "r5"]) await store.append("failed", record, limits);
      await store.append("other", "x", limits);
      const records = await store.readLog("failed", before);
      expect(records.map((r) => r.record)).toEqual(["r3", "r4", "r5"]);
      for (const r of records) expect(Math.abs(r.at - Date.now())).toBeLessThan(5_000);
      expect(await store.readLog("failed", Date.now() + 60_000)).toEqual([]);
      expect(await store.readLog("nothing", 0)).toEqual([]);
    });

    it("drops log records older than maxAgeMs", async () => {
      const store = await open();
      await store.append("votes", "old", { maxRows: 100, maxAgeMs: 60 });
      await sleep(120);
      await store.append("votes", "new", { maxRows: 100, maxAgeMs: 60 });
      expect((await store.readLog("votes", 0)).map((r) => r.record)).toEqual(["new"]);
    });
  });
}

describe("the sqlite store's file", () => {
  it("keeps keys and logs across a close and reopen (a restart)", async () => {
    const file = tempFile();
    const first = openSqliteStore({ file });
    await first.set("user:42", '{"summarySize":"bullets"}', 60_000);
    await first.append("failed", "q1", { maxRows: 10, maxAgeMs: 60_000 });
    await first.close();
    const second = openSqliteStore({ file });
    stores.push(second);
    expect(await second.get("user:42")).toBe('{"summarySize":"bullets"}');
    expect((await second.readLog("failed", 0)).map((r) => r.record)).toEqual(["q1"]);
  });

  it("sweeps expired keys out of the file, so it stays bounded", async () => {
    let clock = 1_000_000;
    const store = openSqliteStore({ file: tempFile(), now: () => clock });
    stores.push(store);
    for (let i = 0; i < 500; i++) await store.set(`k${i}`, "v", 1_000);
    await store.set("keeper", "v", 10_000);
    clock += 2_000;
    expect(store.sweepExpired()).toBe(500);
    expect(await store.get("keeper")).toBe("v");
  });

  it("sweeps in the background, a slice of keys at a time, until no expired key is left", async () => {
    let clock = 1_000_000;
    const store = openSqliteStore({ file: tempFile(), now: () => clock, sweepIntervalMs: 5 });
    stores.push(store);
    for (let i = 0; i < 12_000; i++) await store.set(`k${String(i).padStart(5, "0")}`, "v", 1_000);
    await store.set("keeper", "v", 10_000);
    clock += 2_000;
    // Three slices of 5,000 keys cover them all; a few more ticks to be sure the pass wrapped around.
    await new Promise((r) => setTimeout(r, 200));
    expect(store.sweepExpired()).toBe(0);
    expect(await store.get("keeper")).toBe("v");
  });

  it("says where and what to do when DATA_DIR cannot hold the file", () => {
    // A DATA_DIR that is a file, not a folder.
    const notAFolder = tempFile();
    writeFileSync(notAFolder, "");
    expect(() => openSqliteStore({ file: join(notAFolder, "state.sqlite") })).toThrow(
      /^cannot open the SQLite store at .+state\.sqlite: .*(EEXIST|ENOTDIR).*Check that DATA_DIR points to a writable folder/,
    );
  });
});

describe("a Redis that cannot be reached at start", () => {
  it("fails with where, why and what to do, and without the password", async () => {
    const started = Date.now();
    await expect(
      openRedisStore({ url: "redis://:hunter2@127.0.0.1:1", connectTimeoutMs: 300 }),
    ).rejects.toThrow(
      /^cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1: .*ECONNREFUSED.*Check REDIS_URL, or unset it to use the embedded SQLite store in DATA_DIR$/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
