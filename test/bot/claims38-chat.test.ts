// claims38 through bot.handleUpdate: another party put in the place of the Kremlin as the doer of its deed is
// never confirmed to the reader (party-doer.ts). Claims written for this test.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });

describe("a subject swapped for another party", () => {
  it("names the Kremlin, not Israel, as the one keeping open communication", async () => {
    const t = realBot();
    await t.send("/check The Israeli government maintains open communication with both warring sides");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/paraphrase|verbatim|in other words|word for word/i);
    expect(text).toMatch(/Kremlin/);
    expectValidOutput(t.api);
  });
});
