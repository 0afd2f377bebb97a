// dialog24 through bot.handleUpdate: the whose-words replies (quote-voice.ts) open with the bot's verdict line
// ("No." / "Yes." / "Да." / "Нет."), like every other yes/no — also after a voice's words with no entry behind them.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });
const lastText = (t: ReturnType<typeof realBot>) => visibleText(t.api.lastReply());

describe("whose words, with the verdict line", () => {
  it("opens 'are those his exact words?' after a voice's quotes with No.", async () => {
    const t = realBot();
    await t.send("what did peskov say?");
    await t.send("are those his exact words?");
    const text = lastText(t);
    expect(text).toMatch(/(^|\n)No\. The article reports what Dmitry Peskov said/);
    expect(text).toContain("constructive role");
    expectValidOutput(t.api);
  });

  it("opens 'did he really say that?' with Yes., not a Yes of its own", async () => {
    const t = realBot();
    await t.send("who does putin blame?");
    await t.send("did he really say that?");
    const text = lastText(t);
    expect(text).toMatch(/(^|\n)Yes\. According to the article, this is what Vladimir Putin said/);
    expect(text).not.toMatch(/Yes, according/);
    expectValidOutput(t.api);
  });

  it("opens 'это дословно?' with Нет.", async () => {
    const t = realBot();
    await t.send("что сказал Песков?");
    await t.send("это дословно?");
    expect(lastText(t)).toMatch(/(^|\n)Нет\. Это не дословная цитата/);
    expectValidOutput(t.api);
  });
});
