// quality-ru42's kinds through the bot (bot.handleUpdate, real engine and dialogue): a call checked with the wrong
// party names the one the article gives, a head of the wrong country gets the person's real role, ties with a
// group the article never names get the ties it does give, and a summary asked "без воды" is the story in brief.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("quality-ru42 through the bot", () => {
  it.each([
    ["слушай, а путин шольцу звонил насчет газы?", /Эрдоган/],
    ["эрдоган это президент сирии вроде?", /Турц|турец/],
    ["у Москвы связи с хуситами?", /ХАМАС/],
    ["дай суть статьи без лишней воды", /Путин/],
  ])("answers '%s'", async (q, expected) => {
    const t = realBot();
    await t.send(q);
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/В статье об этом нет/);
    expectValidOutput(t.api);
  });

  it("still refuses Russia's ties with a country the article never names", async () => {
    const t = realBot();
    await t.send("у России связи с Ираном?");
    expect(visibleText(t.api.lastReply())).toMatch(/В статье не упоминается Иран/);
    expectValidOutput(t.api);
  });
});
