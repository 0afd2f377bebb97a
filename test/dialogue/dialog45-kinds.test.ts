// dialog45: follow-ups wave V's dialogues missed — a plea to be reminded ("…, remind me", "… again") and a lead
// "wait" around a who/what question (chat-glue.ts); where a person is from after a wrong guess at the call's party
// ("what country is he from?" → Erdogan, who-is-pronoun.ts); «куда?» as "where?"; "what did X add?" as what X
// said (added-said.ts); "was that Lavrov?" bare, a surname the article never names → No (other-voice.ts);
// "is this about Ukraine?" refused → No, answered (topic-denied.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("a plea to be reminded (chat-glue.ts)", () => {
  it("answers 'hold on, who is erdogan again?' and «погоди, кто такой эрдоган, напомни»", () => {
    expect(lastAnswer(["hold on, who is erdogan, remind me?"]).answer.answer).toMatch(/Turk/);
    expect(lastAnswer(["погоди, кто такой эрдоган, напомни"], "ru").answer.answer).toMatch(/Турц/);
  });
});

describe("where the person is from (who-is-pronoun.ts)", () => {
  it("reads 'he' as the party the No gave, not the speaker", () => {
    const en = lastAnswer(["did putin phone biden?", "so which country is he from?"]);
    expect(en.answer.answer).toMatch(/Turk/);
    const ru = lastAnswer(["Путин звонил Шольцу?", "ясно. а он откуда?"], "ru");
    expect(ru.answer.answer).toMatch(/Турц/);
  });
  it("keeps the speaker after a question that guessed no one", () => {
    const en = lastAnswer(["what did putin say about civilians?", "where is he from?"]);
    expect(en.answer.answer).not.toMatch(/Turk/);
  });
});

describe("«куда?», 'what did X add?', 'was that X?' and the article's topic", () => {
  it("reads «куда именно?» after the spread as where it may spread", () => {
    const ru = lastAnswer(["боятся, что война перекинется дальше?", "куда именно?"], "ru");
    expect(ru.answer.answer).toMatch(/за предел/);
  });
  it("reads 'what did X add?' as what X said", () => {
    const ru = lastAnswer(["о чём говорили Путин и Эрдоган?", "а Песков что добавил?"], "ru");
    expect(ru.answer.answered).toBe(true);
    expect(lastAnswer(["what did peskov add?"]).answer.answered).toBe(true);
  });
  it("says No to a surname the article never names, and not to a bare word", () => {
    const asked = ["who said russia wants to help settle it?", "was that medvedev?"];
    expect(lastVerdict(asked)).toBe("no");
    expect(lastAnswer(asked).answer.answer).toMatch(/Peskov/);
    expect(lastVerdict(["who did putin talk to?", "was that yesterday?"])).not.toBe("no");
  });
  it("says No, with what it is about, to a topic the article never covers", () => {
    expect(lastVerdict(["is this about brexit?"])).toBe("no");
    expect(lastAnswer(["is this about brexit?"]).answer.answer).toMatch(/^No\. .*Gaza/);
    expect(lastVerdict(["статья про футбол?"], "ru")).toBe("no");
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers a reminder, a where-from and a topic question in one chat", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("is this about brexit?");
    expect(visibleText(t.api.lastReply())).toMatch(/\bNo\.\s/);
    await t.send("did putin call macron?");
    await t.send("ok. what country is he from?");
    expect(visibleText(t.api.lastReply())).toMatch(/Turk/);
    expectValidOutput(t.api);
  });
});
