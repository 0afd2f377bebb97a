// Russian yes/no verdicts and follow-ups through bot.handleUpdate with the real engine and knowledge base.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });
const lastText = (t: ReturnType<typeof realBot>) => visibleText(t.api.lastReply());

describe("Russian conversation through the bot", () => {
  it("answers a Russian yes/no question with the claim path's verdict under the card's title", async () => {
    const t = realBot();
    await t.send("Путин похвалил политику США?");
    expect(lastText(t)).toMatch(/^[^\n]+\nНет\. /);
    await t.send("Путин упрекает Вашингтон?");
    expect(lastText(t)).toMatch(/^[^\n]+\nДа\. /);
    expectValidOutput(t.api);
  });

  it("reads 'а с кем он поддерживает связь?' after the Kremlin as about the Kremlin", async () => {
    const t = realBot();
    await t.send("какую роль хочет играть кремль?");
    await t.send("а с кем он поддерживает связь?");
    const text = lastText(t);
    expect(text).toMatch(/кремль/i);
    expect(text).toMatch(/обеими|обе сторон/);
    expectValidOutput(t.api);
  });
});

describe("quality-ru31 through the bot", () => {
  it("answers a judgement of Moscow with the article's silence, not 'which question'", async () => {
    const t = realBot();
    await t.send("москва права?");
    const text = lastText(t);
    expect(text).toMatch(/не сказано/);
    expect(text).not.toMatch(/Не уверен/);
    expectValidOutput(t.api);
  });

  it("answers 'а песков тоже против америки?' after Peskov's card with 'doesn't say'", async () => {
    const t = realBot();
    await t.send("что песков сказал о роли кремля");
    await t.send("а песков тоже против америки?");
    expect(lastText(t)).toMatch(/не сказано/i);
    expectValidOutput(t.api);
  });

  it("answers praise of the US in Putin's voice with No", async () => {
    const t = realBot();
    await t.send("путин сказал, что штаты прекрасно справляются?");
    expect(lastText(t)).toMatch(/^[^\n]+\nНет\. /);
    expectValidOutput(t.api);
  });
});
