import { describe, expect, it } from "vitest";
import { createCuration } from "../../src/curation/index.js";
import { openTestSqliteStore } from "../helpers/curation.js";
import { realEngine, realKb } from "../helpers/engine.js";
import {
  BOT_INFO,
  createTestBot,
  expectValidOutput,
  GROUP,
  PRIVATE,
  visibleText,
} from "../helpers/harness.js";

const ADMIN = PRIVATE.user.id;

async function botWithHistory(adminIds: number[]) {
  const curation = createCuration({ store: openTestSqliteStore(), reader: realEngine, voterKey: "k" });
  const t = createTestBot({ kb: realKb, engine: realEngine, curation, adminIds });
  for (const q of [
    "who did putin call",
    "who did putin call",
    "why does moscow host hamas",
    "what did biden say about putin",
  ]) {
    await t.send(q);
  }
  t.api.clear();
  return t;
}

/** What the bot does with a command it does not know, in the same place. */
async function unknownCommandReplies(where = PRIVATE) {
  const t = await botWithHistory([]);
  await t.send("/frobnicate", where);
  await t.send(`/frobnicate@${BOT_INFO.username}`, where);
  return t.api.calls.map((c) => ({ method: c.method, text: c.payload.text }));
}

describe("/stats", () => {
  it("shows an admin the report's summary in a private chat", async () => {
    const t = await botWithHistory([ADMIN]);
    await t.send("/stats");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(
      /^The last 7 days\nQuestions: 4 — answered 75% · did you mean 0% · doesn’t say 0% · refused 25%$/m,
    );
    expect(text).toMatch(/^By language: en 4$/m);
    expect(text).toMatch(/^putin-erdogan-call: 2 asked · 👍 0 · 👎 0$/m);
    expect(text).toMatch(/^1× “why does moscow host hamas” → add as a phrasing of russia-palestinian-ties$/m);
    expect(text).toMatch(/^1× “what did biden say about putin” → off-topic$/m);
    expect(text).toMatch(/npm run report$/);
    expectValidOutput(t.api);
  });

  it("does not exist for anyone else: the same reply as an unknown command, no hint", async () => {
    const t = await botWithHistory([12345]);
    await t.send("/stats");
    await t.send(`/stats@${BOT_INFO.username}`);
    const replies = t.api.calls.map((c) => ({ method: c.method, text: c.payload.text }));
    expect(replies).toEqual(await unknownCommandReplies());
    expect(JSON.stringify(replies)).not.toMatch(/stats|report|asked/i);
  });

  it("does not exist in a group, not even for an admin (the report holds other people's questions)", async () => {
    const t = await botWithHistory([GROUP.user.id]);
    await t.send("/stats", GROUP);
    await t.send(`/stats@${BOT_INFO.username}`, GROUP);
    const replies = t.api.calls.map((c) => ({ method: c.method, text: c.payload.text }));
    expect(replies).toEqual(await unknownCommandReplies(GROUP));
  });

  it("is not in the command menu", async () => {
    const t = createTestBot();
    const { setCommandMenu } = await import("../../src/bot/index.js");
    await setCommandMenu(t.bot.api, t.logger);
    const commands = t.api
      .of("setMyCommands")
      .flatMap((c) => c.payload.commands.map((x: { command: string }) => x.command));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands).not.toContain("stats");
  });
});
