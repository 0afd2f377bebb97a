// dialog42: a call asked with another party is No, the reported call's party named (call-party.ts); one more call
// ("too") doesn't say. dialog52's convention: a bare call is "doesn't say" with the reported call named; by the
// call's matter ("… about the ceasefire") it stays No. "who said that?" carries no verdict line. Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastReply, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("a call with another party (call-party.ts)", () => {
  it("is doesn't say with the call's entry naming the real party, No by the call's matter", () => {
    expect(lastVerdict(["did putin ring the german chancellor?"])).toBe("not-said");
    expect(lastAnswer(["did putin ring the german chancellor?"]).answer.answer).toMatch(/Erdogan/);
    expect(lastVerdict(["did putin call biden about the israel thing?"])).toBe("no");
    expect(lastVerdict(["путин звонил макрону?"], "ru")).toBe("not-said");
    expect(lastVerdict(["путин звонил макрону насчёт газы?"], "ru")).toBe("no");
  });
  it("is doesn't say for one more call besides the reported one", () => {
    expect(lastVerdict(["who was on the phone with putin", "did he also phone macron?"])).toBe("not-said");
    expect(lastVerdict(["с кем говорил путин по телефону", "а макрону он тоже звонил?"], "ru")).toBe(
      "not-said",
    );
  });
});

describe("who said that (follow-up-reply.ts)", () => {
  it("carries no Yes of the entry's own", () => {
    const reply = lastReply(["what does moscow say about direct talks", "who said that?"]);
    expect(reply.kind).toBe("who-said-that");
    if (reply.kind !== "who-said-that") return;
    expect(reply.answer.answer).toMatch(/Kremlin|Foreign Ministry/);
    expect(reply.answer.answer).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers a call with another party by its matter No, naming Erdogan", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("did putin call biden about the israel thing?");
    expect(visibleText(t.api.lastReply())).toMatch(/\bNo\. /);
    expect(visibleText(t.api.lastReply())).toMatch(/Erdogan/);
    expectValidOutput(t.api);
  });
});
