// dialog46: kinds wave W's dialogues missed — a call the article gives to Putin asked of another voice it quotes
// ("did the foreign ministry urge a ceasefire?" → No with Putin's call, another-caller.ts); a party's name mistyped
// ("isreal", «израэль», party-typos.ts); the call's matter talked over with another party ("did he discuss the
// ceasefire with biden?" → No, call-party.ts); whose words, asked with a "not" ("so it was the ministry, not
// putin?" → Yes; «а это точно не путин сказал?» → No, not-but.ts); "like how far?" (chat-glue.ts). Our own
// phrasings, from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("a call the article gives to Putin, asked of another voice", () => {
  it("is No with Putin's call as the evidence", () => {
    const en = lastAnswer(["did the foreign ministry press for an immediate ceasefire?"]);
    expect(en.verdict).toBe("no");
    expect(en.answer.answer).toMatch(/Putin/);
    expect(lastVerdict(["песков призывал к прекращению огня?"], "ru")).toBe("no");
  });
  it("stays doesn't say for the call's own party, one more voice, a mention, and Putin's own office", () => {
    expect(lastVerdict(["did erdogan call for the ceasefire?"])).toBe("not-said");
    expect(lastVerdict(["did peskov also urge a ceasefire?"])).toBe("not-said");
    expect(lastVerdict(["did the kremlin call for a ceasefire?"])).not.toBe("no");
    expect(lastVerdict(["did putin call for a ceasefire?"])).toBe("yes");
  });
});

describe("a party's name mistyped", () => {
  it("is read as the party: the charge put on another target is doesn't say (dialog36), for everything No", () => {
    expect(lastVerdict(["does putin blame isreal for the fighting?"])).toBe("not-said");
    expect(lastVerdict(["путин обвиняет израэль?"], "ru")).toBe("not-said");
    expect(lastVerdict(["путин во всём обвиняет израэль?"], "ru")).toBe("no");
  });
  it("leaves a word's own forms alone", () => {
    expect(lastVerdict(["is the european union mentioned?"])).toBe("yes");
  });
});

describe("the call's matter talked over with another party", () => {
  it("is No, naming the call's party; the call's own party is Yes", () => {
    const en = lastAnswer(["did putin go over the ceasefire with netanyahu?"]);
    expect(en.verdict).toBe("no");
    expect(lastVerdict(["did putin discuss negotiations with biden?"])).toBe("no");
    expect(lastVerdict(["а переговоры он с байденом обсуждал?"], "ru")).toBe("no");
    expect(lastVerdict(["путин обсуждал перемирие с эрдоганом?"], "ru")).toBe("yes");
  });
});

describe("whose words, asked with a 'not'", () => {
  it("'X, not Y' is Yes for the last answer's voice; 'not Y' is No", () => {
    expect(lastVerdict(["what does peskov say?", "so that was peskov and not putin?"])).toBe("yes");
    expect(lastVerdict(["what does peskov say?", "so that was putin, not peskov?"])).toBe("no");
    expect(lastVerdict(["what did the foreign ministry say?", "are you sure it wasn't putin?"])).toBe("no");
    expect(lastVerdict(["что сказал мид?", "то есть это мид, а не путин?"], "ru")).toBe("yes");
    expect(lastVerdict(["что сказал песков?", "а это точно не путин говорил?"], "ru")).toBe("no");
  });
});

describe("a chat 'like' before a question word", () => {
  it("asks the question in context", () => {
    expect(lastAnswer(["what do people fear may happen?", "like how far?"]).answer.entry?.id).toBe(
      "crisis-spread-fears",
    );
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers a call asked of another voice and a 'not' check in one chat", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("did peskov demand a ceasefire?");
    expect(visibleText(t.api.lastReply())).toMatch(/\bNo\.\s[\s\S]*Putin/);
    await t.send("what did peskov say?");
    await t.send("so it was peskov, not putin?");
    expect(visibleText(t.api.lastReply())).toMatch(/\bYes\b/);
    expectValidOutput(t.api);
  });
});
