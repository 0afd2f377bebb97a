// quality-ru48's kinds through the bot (bot.handleUpdate, real engine and dialogue): Putin's view of another
// party's failure (No, with the US), a summary in a fuss idiom, the Kremlin's own role after a long story, how
// Russia and Israel are tied (no bare "Да."), a surname heard with "фф", a wrong office for Peskov. A stranger
// in the same shapes stays refused.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("quality-ru48 through the bot", () => {
  it.each([
    ["Путин полагает, что вспышка — неудача политики Евросоюза?", /(?:^|\n)Нет\.[\s\S]*США/],
    ["в чём весь сыр-бор в этом тексте?", /Путин/],
    [
      "Я сам из Перми, давно не следил за новостями, а тут сосед говорит, что Москва всех мирит. Что кремль заявляет о своей роли?",
      /конструктивн/,
    ],
    ["россия и израиль как связаны?", /бывших граждан/],
    ["пескофф кем работает?", /пресс-секретар/],
    ["Песков это министр обороны?", /(?:^|\n)Нет\.[\s\S]*пресс-секретар/],
  ])("answers '%s'", async (q, expected) => {
    const t = realBot();
    await t.send(q);
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/В статье об этом нет|(?:^|\n)Да\.\s*Статья сообщает, что Кремль/);
    expectValidOutput(t.api);
  });

  it("still refuses the same shapes off the story", async () => {
    const t = realBot();
    await t.send("россия и бразилия как связаны?");
    expect(visibleText(t.api.lastReply())).toMatch(/В статье об этом нет/);
    expectValidOutput(t.api);
  });
});
