// claims36 through bot.handleUpdate: a yes/no question naming one party of the Quartet's "Israeli-Palestinian
// negotiations" alone (compound-party.ts) gets no "Нет."/"No." from the claim checker's reading of "stopped" as a
// denial; an undisputed-role question still finds the controversy card and its "Нет.". Questions written for this test.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = () => createTestBot({ kb: realKb, engine: realEngine, conversation });
const lastText = (t: ReturnType<typeof realBot>) => visibleText(t.api.lastReply());

describe("a party out of a compound, asked yes or no", () => {
  it.each(["ЕС перестал помогать палестинцам?", "the UN stopped aiding the palestinians?"])(
    "%s is never No (nor Yes)",
    async (q) => {
      const t = realBot();
      await t.send(q);
      const text = lastText(t);
      expect(text).not.toMatch(/(^|\n)(Нет|Да|No|Yes)\./);
      expectValidOutput(t.api);
    },
  );

  it("«неоспоримо ли участие России…?» still answers No from the controversy card", async () => {
    const t = realBot();
    await t.send("неоспоримо ли участие России в мирном процессе?");
    const text = lastText(t);
    expect(text).toMatch(/(^|\n)Нет\./);
    expect(text).toMatch(/не обходится без споров/);
    expectValidOutput(t.api);
  });
});
