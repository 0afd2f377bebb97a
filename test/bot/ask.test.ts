import { describe, expect, it } from "vitest";
import { ASK } from "../helpers/fake-engine.js";
import {
  createTestBot,
  expectValidOutput,
  GROUP,
  GROUP_OTHER_USER,
  visibleText,
} from "../helpers/harness.js";
import { EN } from "../helpers/texts.js";

describe("/ask", () => {
  it("asks for the question, waits, and answers it", async () => {
    const t = createTestBot();
    await t.send("/ask");
    expect(visibleText(t.api.lastReply())).toBe(EN("ask-prompt"));
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    expect(t.api.of("sendMessage")).toHaveLength(2);
    expectValidOutput(t.api);
  });

  it("ends after one answer: the next message is an ordinary question", async () => {
    const t = createTestBot();
    await t.send("/ask");
    await t.send(ASK.answered);
    await t.send(ASK.notInArticle);
    expect(visibleText(t.api.lastReply())).toMatch(/^How many people have died\?/);
    expect(t.api.of("sendMessage")).toHaveLength(3);
  });

  it("answers at once when the question follows the command", async () => {
    const t = createTestBot();
    await t.send(`/ask ${ASK.answered}`);
    expect(t.api.of("sendMessage")).toHaveLength(1);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
  });

  it("is left with /cancel", async () => {
    const t = createTestBot();
    await t.send("/ask");
    await t.send("/cancel");
    expect(visibleText(t.api.lastReply())).toBe(EN("ask-cancelled"));
    await t.send("/cancel");
    expect(visibleText(t.api.lastReply())).toBe(EN("nothing-to-cancel"));
  });

  it("lets any command work while it waits, and still takes the question afterwards", async () => {
    const t = createTestBot();
    await t.send("/ask");
    await t.send("/summary");
    expect(visibleText(t.api.lastReply())).toMatch(/^Summary/);
    await t.press("v1:sum:long");
    expect(t.api.lastReply().method).toBe("editMessageText");
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
  });

  it("starts afresh on a second /ask", async () => {
    const t = createTestBot();
    await t.send("/ask");
    await t.send("/ask");
    expect(t.api.of("sendMessage").map((c) => c.payload.text)).toEqual([EN("ask-prompt"), EN("ask-prompt")]);
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    expect(t.api.of("sendMessage")).toHaveLength(3);
  });

  it("passes a sticker on (the bot asks for text) and keeps waiting", async () => {
    const t = createTestBot();
    await t.send("/ask");
    await t.send("", undefined, { text: undefined, sticker: { file_id: "x" } } as never);
    expect(visibleText(t.api.lastReply())).toBe(EN("text-only"));
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
  });

  it("in a group, force-replies to the asker and takes only the asker's reply", async () => {
    const t = createTestBot();
    const ask = await t.send("/ask", GROUP);
    const prompt = t.api.lastReply();
    expect(prompt.payload.reply_markup).toMatchObject({ force_reply: true, selective: true });
    expect(prompt.payload.reply_parameters).toMatchObject({ message_id: ask.message_id });
    const promptMessage = { ...(prompt.result as object), chat: GROUP.chat } as never;

    // Someone else replying to the prompt asks their own question.
    await t.send(ASK.notInArticle, GROUP_OTHER_USER, { reply_to_message: promptMessage });
    expect(visibleText(t.api.lastReply())).toMatch(/^How many people have died\?/);

    const question = await t.send(ASK.answered, GROUP, { reply_to_message: promptMessage });
    const answer = t.api.lastReply();
    expect(visibleText(answer)).toMatch(/^Did Putin call for a ceasefire\?/);
    expect(answer.payload.reply_parameters).toMatchObject({ message_id: question.message_id });
    expectValidOutput(t.api);
  });

  it("retries a rate-limited reply inside the conversation (auto-retry on the conversation's own API)", async () => {
    const t = createTestBot();
    t.api.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 0",
      parameters: { retry_after: 0 },
    });
    await t.send("/ask");
    const prompts = t.api.of("sendMessage");
    expect(prompts).toHaveLength(2);
    expect(prompts[1]!.result).toBeDefined();
    await t.send(ASK.answered);
    expect(visibleText(t.api.lastReply())).toMatch(/^Did Putin call for a ceasefire\?/);
    expect(t.logs.entries().filter((e) => e.level === "error")).toEqual([]);
  });
});
