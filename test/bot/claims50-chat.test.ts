// claims50 through bot.handleUpdate: the article's English words under a Russian attribution are shown word for
// word as that speaker's (russian-lead.ts), and a country's possessive before another speaker's name keeps right
// words from being confirmed in the wrong mouth (speaker-possessor.ts). Claims written for this test.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("/check with a Russian attribution and a possessive", () => {
  it("confirms the Foreign Ministry's English words under «МИД России:»", async () => {
    const t = realBot();
    await t.send('/check МИД России: "stresses the importance of coordinating regional players"');
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/Word for word in the article|Слово в слово как в статье/);
    expect(text).toMatch(/coordinating regional players/);
    expectValidOutput(t.api);
  });

  it("does not confirm Putin's words as Turkey's Erdogan's", async () => {
    const t = realBot();
    await t.send("/check Turkey's Erdogan criticized Washington for monopolizing peace efforts.");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/in other words|word for word/i);
    expect(text).toMatch(/Putin/);
    expectValidOutput(t.api);
  });
});
