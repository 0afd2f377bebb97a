// A message that reports something before it asks is one question through the bot (dialogue/lead-in.ts), and a
// party named in one sentence only is answered by it (answering/sole-mention.ts): bot.handleUpdate, real engine.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { isLeadIn } from "../../src/dialogue/lead-in.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("reported lead-ins and sole mentions through the bot", () => {
  it("answers 'Слышал…, что Песков …, а что он сказал?' with Peskov's words, in one reply", async () => {
    const t = realBot();
    await t.send("Краем уха слышал, что Песков что-то говорил про Кремль, а что он сказал?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/Песков/);
    expect(text).toMatch(/конструктивн/);
    expect(text).not.toMatch(/Эрдоган/);
    expectValidOutput(t.api);
  });

  it("answers the EU's role with the Quartet", async () => {
    const t = realBot();
    await t.send("а Евросоюз какую роль тут играет?");
    expect(visibleText(t.api.lastReply())).toMatch(/квартет/i);
    expectValidOutput(t.api);
  });

  it("tells a report from a question of its own", () => {
    expect(isLeadIn("Сосед уверяет, что Путин звонил Эрдогану")).toBe(true);
    expect(isLeadIn("Кто такой Песков")).toBe(false);
    expect(isLeadIn("Что Путин сказал, что думает Песков")).toBe(false);
    expect(isLeadIn("Путин звонил Эрдогану?")).toBe(false);
  });
});
