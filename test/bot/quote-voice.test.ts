// dialog23 through bot.handleUpdate: a question about the last answer's voice ("is that a direct quote?", "он прям
// так и сказал?") after small talk, and "more" asked twice, rendered as Telegram cards from the real knowledge base.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });
const lastText = (t: ReturnType<typeof realBot>) => visibleText(t.api.lastReply());

describe("the last answer's voice through the bot", () => {
  it("says a voice's words are reported speech, not a direct quote, after a 'thanks'", async () => {
    const t = realBot();
    await t.send("what is peskov's position?");
    await t.send("thanks");
    await t.send("was that a word-for-word quote?");
    const text = lastText(t);
    expect(text).toMatch(
      /No\. The article reports what Dmitry Peskov said in its own words \(reported speech\)/,
    );
    expect(text).toContain("constructive role");
    expectValidOutput(t.api);
  });

  it("answers 'он прям так и сказал?' with whose words they are", async () => {
    const t = realBot();
    await t.send("чего хочет МИД России?");
    await t.send("он прям так и сказал?");
    expect(lastText(t)).toMatch(/Да\. По статье это слова: МИД России/);
    expectValidOutput(t.api);
  });

  it("shows new paragraphs when 'more' is asked again", async () => {
    const t = realBot();
    await t.send("what does putin think about the americans?");
    await t.send("tell me more");
    const first = lastText(t);
    await t.send("go on");
    expect(lastText(t)).not.toBe(first);
    expect(lastText(t)).toContain(realKb.article.paragraphs[2]!);
    expectValidOutput(t.api);
  });
});
