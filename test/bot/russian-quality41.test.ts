// quality-ru41's kinds through the bot (bot.handleUpdate, real engine and dialogue): a second half that leans on
// a stranger the article does not cover is refused with it ("кто такой Лавров и что он сказал" was answered with
// Putin's call), a country the article never names is refused, and a summary asked in unusual words is answered.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("quality-ru41 through the bot", () => {
  it("refuses 'кто такая Захарова и что она заявила' whole, without Putin's call", async () => {
    const t = realBot();
    await t.send("кто такая Захарова и что она заявила");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/В статье об этом нет/);
    expect(text).not.toMatch(/Эрдоган/);
    expectValidOutput(t.api);
  });

  it("still answers both halves of 'кто такой Эрдоган и что он сказал'", async () => {
    const t = realBot();
    await t.send("кто такой Эрдоган и что он сказал");
    expect(visibleText(t.api.lastReply())).toMatch(/Эрдоган/);
    expect(visibleText(t.api.lastReply())).not.toMatch(/В статье об этом нет/);
    expectValidOutput(t.api);
  });

  it("refuses China's view though the conflict is named beside it", async () => {
    const t = realBot();
    await t.send("как Пекин смотрит на конфликт Израиля и ХАМАС?");
    expect(visibleText(t.api.lastReply())).toMatch(/В статье не упоминается Китай/);
    expectValidOutput(t.api);
  });

  it("answers 'главная мысль этого текста, если совсем выжать' with the summary", async () => {
    const t = realBot();
    await t.send("какая главная мысль этого текста, если совсем выжать?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/Путин/);
    expect(text).not.toMatch(/В статье об этом нет/);
    expectValidOutput(t.api);
  });
});
