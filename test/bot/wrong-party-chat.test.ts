// A wrong party in a fact's slot through bot.handleUpdate: "No", then the article's real party from the entry; the
// same name as the topic of a talk is still refused. Questions written for this test.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("a wrong party asked yes/no", () => {
  it("answers No and names the United States when asked whether Putin pinned it on Tehran", async () => {
    const t = realBot();
    await t.send("is it true putin pinned the violence on tehran");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/United States/);
    expectValidOutput(t.api);
  });

  it("still refuses Syria as the topic of Putin's talk with Erdogan", async () => {
    const t = realBot();
    await t.send("did putin and erdogan talk about syria?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/The article does not mention Syria/);
    expectValidOutput(t.api);
  });
});
