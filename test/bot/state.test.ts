// The bot's state in a real store: a person's summary size and an /ask in progress survive a restart on the
// SQLite default (the file closed and reopened by a new bot), and a Redis that goes down costs the state, never
// the answers.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openRedisStore, openSqliteStore, type Store } from "../../src/storage/index.js";
import { ASK } from "../helpers/fake-engine.js";
import { createTestBot, GROUP, PRIVATE, visibleText } from "../helpers/harness.js";
import { hasRedisServer, type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { EN } from "../helpers/texts.js";

const dir = mkdtempSync(join(tmpdir(), "bot-state-"));
const open: Store[] = [];
let redis: RedisServer | undefined;
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await redis?.stop();
  redis = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sqlite(file: string): Store {
  const store = openSqliteStore({ file });
  open.push(store);
  return store;
}

describe("state on the SQLite default", () => {
  it("keeps a person's summary size and an /ask in progress across a restart", async () => {
    const file = join(dir, "restart.sqlite");
    const before = sqlite(file);
    const first = createTestBot({ store: before });
    await first.send("/summary");
    await first.press("v1:sz:bullets");
    await first.send("/ask");
    await first.send("/ask", GROUP);
    await before.close();

    const after = sqlite(file);
    const second = createTestBot({ store: after });
    await second.send("/summary");
    expect(visibleText(second.api.lastReply())).toContain(`• ${second.kb.summaries.bullets[0]}`);
    // The /ask begun before the restart takes the question, and ends.
    const key = `ask:${PRIVATE.chat.id}/${PRIVATE.user.id}`;
    expect(await after.get(key)).toBeDefined();
    await second.send(ASK.answered);
    expect(visibleText(second.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    expect(await after.get(key)).toBeUndefined();
    // The one in the group is still open: /cancel there knows it.
    await second.send("/cancel", GROUP);
    expect(visibleText(second.api.lastReply())).toBe(EN("ask-cancelled"));
    await second.send("/cancel", GROUP);
    expect(visibleText(second.api.lastReply())).toBe(EN("nothing-to-cancel"));
  });

  it("keeps a person's choice under session:user:<id> and an /ask under ask:<chat>/<user>", async () => {
    const store = sqlite(join(dir, "keys.sqlite"));
    const t = createTestBot({ store });
    await t.send("/summary");
    await t.press("v1:sz:full");
    await t.send("/ask", GROUP);
    expect(await store.get("session:user:42")).toBe('{"summarySize":"full"}');
    expect(await store.get(`ask:${GROUP.chat.id}/${GROUP.user.id}`)).toContain('"ask"');
  });
});

describe.skipIf(!hasRedisServer)("a store that goes down while the bot runs", () => {
  it("answers questions and /summary all the same, and says once in the log that state is not kept", async () => {
    redis = await startRedisServer();
    const store = await openRedisStore({ url: redis.url, commandTimeoutMs: 300 });
    open.push(store);
    const t = createTestBot({ store });
    await t.send("/summary");
    await t.press("v1:sz:bullets");
    await redis.stop();
    redis = undefined;

    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    await t.send("/summary");
    // The remembered size cannot be read: the default size, not an apology.
    expect(visibleText(t.api.lastReply())).toBe(`Summary\n${t.kb.summaries.short}`);
    await t.send("/ask");
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    const storeErrors = t.logs.entries().filter((e) => e.level === "error" && /the store failed/.test(e.msg));
    // One line per kind of state (per-user choices, /ask conversations), not one per failed call.
    expect(storeErrors.length).toBeGreaterThanOrEqual(1);
    expect(storeErrors.length).toBeLessThanOrEqual(2);
  });
});
