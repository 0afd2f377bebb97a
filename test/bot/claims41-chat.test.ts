// claims41 through bot.handleUpdate: a talk that happened is the article's call, and a thing of the claim's own
// put "rather than" the passage's is never confirmed to the reader (contact-words.ts, rather-than.ts). Claims
// written for this test.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("/check with everyday contact words and a thing set aside", () => {
  it("confirms a talk with Erdogan as the phone call, with the call's passage", async () => {
    const t = realBot();
    await t.send("/check Putin was talking with Erdogan");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/in other words|paraphrase/i);
    expect(text).toMatch(/phone call with Turkish leader/);
    expectValidOutput(t.api);
  });

  it("does not confirm world powers coordinated rather than regional players", async () => {
    const t = realBot();
    await t.send(
      "/check The Foreign Ministry stresses coordinating world powers rather than regional players",
    );
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/in other words|word for word/i);
    expect(text).toMatch(/regional players/);
    expectValidOutput(t.api);
  });
});
