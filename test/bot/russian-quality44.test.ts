// quality-ru44's kinds through the bot (bot.handleUpdate, real engine and dialogue): a wrong body guessed for
// Peskov (No: the Kremlin's spokesman), another country in Erdogan's office (No: Turkey), an either/or with an
// unknown name after "в статье" (Erdogan), a claim putting the article's words in Peskov's mouth (No, with what he
// did say), the story for a grandmother. A stranger's name in the same shapes stays refused.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("quality-ru44 through the bot", () => {
  it.each([
    ["Песков он из МИДа вообще?", /(?:^|\n)Нет\.[\s\S]*пресс-секретар/],
    ["Песков это кто, из Кремля?", /(?:^|\n)Да\./],
    ["Эрдоган это вроде иранский лидер, да?", /(?:^|\n)Нет\.[\s\S]*Турции/],
    ["в статье Путин созванивался с Эрдоганом или с Байденом?", /Эрдоган/],
    ["Песков сказал, что Россия станет посредником между Израилем и Сирией?", /(?:^|\n)Нет\.[\s\S]*Песков/],
    ["объясни новость как для нашей бабули", /Путин/],
  ])("answers '%s'", async (q, expected) => {
    const t = realBot();
    await t.send(q);
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/В статье об этом нет/);
    expectValidOutput(t.api);
  });

  it("still refuses the same shapes off the story", async () => {
    const t = realBot();
    await t.send("кто выиграл евровидение, швеция или италия?");
    expect(visibleText(t.api.lastReply())).toMatch(/В статье об этом нет/);
    expectValidOutput(t.api);
  });
});
