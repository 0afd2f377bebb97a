// Redis going away after start: commands fail fast (never hang an update), the loss and the recovery are
// reported once each, and the store works again when Redis is back.
import { afterEach, describe, expect, it } from "vitest";
import { openRedisStore, type Store } from "../../src/storage/index.js";
import { hasRedisServer, type RedisServer, startRedisServer } from "../helpers/redis-server.js";

const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
if (!hasRedisServer && inCi) throw new Error("redis-server is not installed: .ci/run installs it");
if (!hasRedisServer) console.warn("SKIPPING the Redis-down tests: redis-server is not installed");

let server: RedisServer | undefined;
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  await server?.stop();
  store = server = undefined;
});

describe.skipIf(!hasRedisServer)("a Redis that goes down while the bot runs", () => {
  it("fails commands within seconds, reports the loss once, and recovers when Redis is back", async () => {
    server = await startRedisServer();
    const events: string[] = [];
    store = await openRedisStore({
      url: server.url,
      commandTimeoutMs: 500,
      onConnectionLost: (reason) => events.push(`lost: ${reason}`),
      onConnectionRestored: () => events.push("restored"),
    });
    await store.set("k", "v", 60_000);
    const port = server.port;
    await server.stop();

    const started = Date.now();
    await expect(store.get("k")).rejects.toThrow();
    await expect(store.setIfAbsent("u", "1", 1_000)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect.poll(() => events.length).toBeGreaterThanOrEqual(1);
    expect(events.filter((e) => e.startsWith("lost"))).toHaveLength(1);

    server = await startRedisServer(port);
    await expect.poll(() => events.at(-1), { timeout: 5_000 }).toBe("restored");
    // A fresh server has no data (it saves nothing), but the store answers again.
    expect(await store.get("k")).toBeUndefined();
    expect(await store.setIfAbsent("u", "1", 1_000)).toBe(true);
  });

  it("fails a command that a hung Redis never answers within its deadline, and works again once it answers", async () => {
    server = await startRedisServer();
    store = await openRedisStore({ url: server.url, commandTimeoutMs: 300 });
    await store.set("k", "v", 60_000);
    server.freeze();
    const started = Date.now();
    await expect(store.get("k")).rejects.toThrow(/did not answer within 300 ms/);
    await expect(store.setIfAbsent("u", "1", 1_000)).rejects.toThrow(/did not answer/);
    expect(Date.now() - started).toBeLessThan(2_000);
    server.thaw();
    await expect.poll(() => store?.get("k"), { timeout: 5_000 }).toBe("v");
  });
});
