// A summary asked in words with its size stated, through bot.handleUpdate with the real engine: the size asked
// wins over the one picked with /summary's buttons, and a request without one keeps the picked size.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { buttonsOf, createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("a summary asked with its size", () => {
  it("answers 'the gist in two lines max' with the one-line summary, its button marked", async () => {
    const t = realBot();
    await t.send("ok gimme the gist, two lines max");
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toContain(realKb.summaries.oneLine);
    expect(visibleText(reply)).not.toContain(realKb.summaries.short);
    expect(buttonsOf(reply).map((b) => b.text)).toContain("• One line");
    expectValidOutput(t.api);
  });

  it("keeps the picked size for a request that states none, and the stated size over it", async () => {
    const t = realBot();
    await t.send("/summary");
    await t.press("v1:sz:full");
    await t.send("boil it down for me");
    expect(visibleText(t.api.lastReply())).toContain(realKb.summaries.long);
    await t.send("the story in a single sentence");
    expect(visibleText(t.api.lastReply())).toContain(realKb.summaries.oneLine);
    expectValidOutput(t.api);
  });

  it("answers what the Foreign Ministry asks for with its own statement", async () => {
    const t = realBot();
    await t.send("what is the russian foreign ministry pushing for");
    const reply = visibleText(t.api.lastReply());
    expect(reply).toMatch(/regional players/);
    expect(reply).not.toMatch(/What does Putin want/);
  });
});
