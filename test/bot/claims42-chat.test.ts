// claims42 through bot.handleUpdate: a true half joined to an altered one is never confirmed to the reader
// (joined-half.ts), and a call with a party the article never names is shown as the article's call with the party
// swapped (contact-news.ts). Claims written for this test.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("/check with a compound claim and a swapped party", () => {
  it("does not confirm a call with Erdogan joined to a call for more fighting", async () => {
    const t = realBot();
    await t.send("/check Putin spoke with Erdogan and called for the fighting to go on");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/in other words|word for word/i);
    expect(text).toMatch(/fighting/);
    expectValidOutput(t.api);
  });

  it("shows a call with Macron as the article's call with Erdogan", async () => {
    const t = realBot();
    await t.send("/check Putin discussed the crisis in a phone call with Macron");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/in other words|word for word/i);
    expect(text).toMatch(/Macron/);
    expect(text).toMatch(/Erdogan/);
    expectValidOutput(t.api);
  });
});
