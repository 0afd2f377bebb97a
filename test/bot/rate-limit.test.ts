import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT } from "../../src/bot/features/rate-limit.js";
import type { LocalChat } from "../../src/transports/local-updates.js";
import { ASK } from "../helpers/fake-engine.js";
import { createTestBot, GROUP, PRIVATE, visibleText } from "../helpers/harness.js";
import { EN } from "../helpers/texts.js";

const OTHER: LocalChat = {
  chat: { id: 43, type: "private", first_name: "Bea" },
  user: { id: 43, is_bot: false, first_name: "Bea" },
};

const sentTo = (t: ReturnType<typeof createTestBot>, chatId: number) =>
  t.api.of("sendMessage").filter((c) => c.payload.chat_id === chatId);

describe("per-user flood control", () => {
  it("by default allows 10 updates per user in 5 seconds", () => {
    expect(DEFAULT_RATE_LIMIT).toEqual({ timeFrameMs: 5_000, limit: 10 });
  });

  it("answers a flood of 50 messages up to the limit, then sends one polite notice, and still serves others", async () => {
    const t = createTestBot({ rateLimit: DEFAULT_RATE_LIMIT });
    await Promise.all(Array.from({ length: 50 }, () => t.send(ASK.answered)));
    const toFlooder = sentTo(t, PRIVATE.chat.id).map(visibleText);
    expect(toFlooder.filter((text) => text === EN("slow-down"))).toHaveLength(1);
    expect(toFlooder.filter((text) => text.startsWith("Did Putin call"))).toHaveLength(
      DEFAULT_RATE_LIMIT.limit,
    );

    await t.send(ASK.answered, OTHER);
    expect(visibleText(sentTo(t, OTHER.chat.id)[0]!)).toMatch(/^Did Putin call/);
    expect(t.logs.entries().filter((e) => e.level === "error")).toEqual([]);
  });

  it("answers every button press over the limit with the notice, so none is left spinning", async () => {
    const t = createTestBot({ rateLimit: { timeFrameMs: 5_000, limit: 2 } });
    const buttons = ["ceasefire-call", "us-policy", "russia-role", "casualty-figures"].map(
      (id) => `v1:a:${id}`,
    );
    for (const data of [...buttons, "v1:q:putin", "v1:q:peskov"]) await t.press(data);
    const answers = t.api.of("answerCallbackQuery");
    expect(answers).toHaveLength(6);
    expect(answers.filter((a) => a.payload.text === EN("slow-down"))).toHaveLength(4);
    expect(t.api.of("sendMessage")).toHaveLength(2);
  });

  it("serves the user again in the next window, with at most one notice per flood", async () => {
    const t = createTestBot({ rateLimit: { timeFrameMs: 150, limit: 2 } });
    for (let i = 0; i < 5; i++) await t.send(ASK.answered);
    expect(sentTo(t, PRIVATE.chat.id).filter((c) => visibleText(c) === EN("slow-down"))).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 320));
    t.api.clear();
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call/);
  });

  it("does not count group chatter that is not for the bot", async () => {
    const t = createTestBot({ rateLimit: { timeFrameMs: 5_000, limit: 2 } });
    for (let i = 0; i < 10; i++) await t.send("lol what a day", GROUP);
    await t.send("@StoryQaBot did putin call for a ceasefire?", GROUP);
    expect(t.api.of("sendMessage")).toHaveLength(1);
    expect(visibleText(t.api.lastReply())).not.toBe(EN("slow-down"));
  });
});
