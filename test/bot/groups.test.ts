import { describe, expect, it } from "vitest";
import { ASK } from "../helpers/fake-engine.js";
import { BOT_INFO, createTestBot, expectValidOutput, GROUP, visibleText } from "../helpers/harness.js";

describe("in a group", () => {
  it("stays quiet when not spoken to", async () => {
    const t = createTestBot();
    await t.send(ASK.answered, GROUP);
    await t.send("nice weather today", GROUP);
    await t.send("ask @SomeoneElse about it", GROUP);
    await t.send("", GROUP, { text: undefined, new_chat_members: [] } as never);
    expect(t.api.calls).toEqual([]);
  });

  it("answers a command, in a reply to the message with the command", async () => {
    const t = createTestBot();
    const asked = await t.send("/summary", GROUP);
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toMatch(/^Summary/);
    expect(reply.payload.chat_id).toBe(GROUP.chat.id);
    expect(reply.payload.reply_parameters).toEqual({
      message_id: asked.message_id,
      allow_sending_without_reply: true,
    });
  });

  it("answers /summary@ThisBot and ignores /summary@OtherBot", async () => {
    const t = createTestBot();
    await t.send("/summary@OtherBot", GROUP);
    expect(t.api.calls).toEqual([]);
    await t.send(`/summary@${BOT_INFO.username}`, GROUP);
    expect(visibleText(t.api.lastReply())).toMatch(/^Summary/);
    await t.send(`/frobnicate@${BOT_INFO.username}`, GROUP);
    expect(t.api.of("sendMessage")).toHaveLength(2);
  });

  it("ignores unknown commands that name no bot (they may be another bot's)", async () => {
    const t = createTestBot();
    await t.send("/frobnicate", GROUP);
    expect(t.api.calls).toEqual([]);
  });

  it("answers an @mention, without the mention in the question", async () => {
    const t = createTestBot();
    const asked = await t.send(`@${BOT_INFO.username} ${ASK.answered}`, GROUP);
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toMatch(/^Did Putin call for a ceasefire\?/);
    expect(reply.payload.reply_parameters?.message_id).toBe(asked.message_id);
    await t.send(`${ASK.notInArticle} @${BOT_INFO.username.toLowerCase()}`, GROUP);
    expect(visibleText(t.api.lastReply())).toMatch(/^How many people have died\?/);
    expectValidOutput(t.api);
  });

  it("answers a reply to one of its own messages", async () => {
    const t = createTestBot();
    await t.send("/start", GROUP);
    const botMessage = { ...(t.api.lastReply().result as object), chat: GROUP.chat } as never;
    const asked = await t.send(ASK.answered, GROUP, { reply_to_message: botMessage });
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    expect(t.api.lastReply().payload.reply_parameters?.message_id).toBe(asked.message_id);
  });

  it("ignores replies to other people's messages", async () => {
    const t = createTestBot();
    const someone = {
      message_id: 5,
      date: 0,
      chat: GROUP.chat,
      from: { id: 99, is_bot: false, first_name: "Z" },
    };
    await t.send(ASK.answered, GROUP, { reply_to_message: someone } as never);
    expect(t.api.calls).toEqual([]);
  });

  it("handles a button press, replying to the message that holds the button", async () => {
    const t = createTestBot();
    await t.send(`@${BOT_INFO.username} ${ASK.answered}`, GROUP);
    const cardId = (t.api.lastReply().result as { message_id: number }).message_id;
    await t.press("v1:src:ceasefire-call:0", GROUP);
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toMatch(/^From the article, paragraph 1/);
    expect(reply.payload.reply_parameters?.message_id).toBe(cardId);
  });
});

describe("in a private chat", () => {
  it("does not quote the user's message", async () => {
    const t = createTestBot();
    await t.send(ASK.answered);
    expect(t.api.lastReply().payload.reply_parameters).toBeUndefined();
  });
});
