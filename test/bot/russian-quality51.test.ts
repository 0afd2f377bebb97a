// quality-ru51's kinds through the bot (bot.handleUpdate, real engine and dialogue): a flare-up in slang asked of
// Putin's view (his blame of the US), an act of force he is said to have proposed (No, with the ceasefire), the
// Quartet given a wrong list (No, with the UN and the EU), the ministry's dialogue with a wrong pair (No, with the
// Palestinians), the last paragraph asked by position. A blast elsewhere stays refused.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("quality-ru51 through the bot", () => {
  it.each([
    ["а почему, как считает путин, там опять всё бахнуло?", /США[\s\S]*провал|провал[\s\S]*США/u],
    ["путин предлагал направить туда миротворцев?", /(?:^|\n)Нет\.[\s\S]*прекращени\p{L}* огня/u],
    ["квартет это россия, сша, канада и австралия?", /(?:^|\n)Нет\.[\s\S]*ООН/u],
    ["МИД призвал к прямому диалогу Израиля с Саудовской Аравией?", /(?:^|\n)Нет\.[\s\S]*палестин/u],
    ["в чём главная мысль последнего абзаца?", /всеобъемлющ|инклюзивн/u],
  ])("answers '%s'", async (q, expected) => {
    const t = realBot();
    await t.send(q);
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/В статье об этом нет|Не уверен/u);
    expectValidOutput(t.api);
  });

  it("still refuses a blast elsewhere", async () => {
    const t = realBot();
    await t.send("почему в порту бейрута всё рвануло?");
    expect(visibleText(t.api.lastReply())).toMatch(/В статье об этом нет/u);
    expectValidOutput(t.api);
  });
});
