// dialog44: follow-ups wave U's dialogues missed — who a person just named is ("who's that again?", «а это кто
// вообще такой?», who-is-pronoun.ts); whom a person did talk to after a No or doesn't-say on another party («а с
// кем тогда?», contact-instead.ts); the last answer's words said to another party (call-party.ts, No); "only" one
// side in Russian (only-restriction.ts, No); a claim framed as hearsay that Putin wants the war to go on
// (claim-frame.ts, fighting-continue.ts, No); chat shorthand "discus"; an off-story topic mid-chat standing alone
// (off-story-switch.ts); «за счёт чего?» as "how?". Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("who a person just named is (who-is-pronoun.ts)", () => {
  it("reads 'who's that again?' and «а это кто такой?» as the person the last answer gave", () => {
    const en = lastAnswer(["who did putin have a phone call with?", "ok who's that again?"]);
    expect(en.answer.entry?.id).toBe("who-is-erdogan");
    const ru = lastAnswer(["кому звонил путин?", "а это кто вообще такой?"], "ru");
    expect(ru.answer.entry?.id).toBe("who-is-erdogan");
  });
});

describe("whom he did talk to, after another party (contact-instead.ts)", () => {
  it("answers the call's party after a refused or denied contact", () => {
    const ru = lastAnswer(["путин говорил с шольцем?", "а с кем же тогда?"], "ru");
    expect(ru.answer.answer).toMatch(/Эрдоган/);
    const en = lastAnswer(["did putin speak to the israeli prime minister?", "who with, then?"]);
    expect(en.answer.answer).toMatch(/Erdogan/);
  });
  it("leaves 'who with then?' alone after a question that was no contact", () => {
    const reply = lastAnswer(["does putin blame hamas?", "who with then?"]);
    expect(reply.understood ?? "").not.toMatch(/talk to/);
  });
});

describe("the last answer's words said to another party (call-party.ts)", () => {
  it("is No, naming Erdogan, after Putin's charge against the US, in both languages", () => {
    const en = ["why does putin fault america?", "did he say it to the american president?"];
    expect(lastVerdict(en)).toBe("no");
    expect(lastAnswer(en).answer.answer).toMatch(/Erdogan/);
    expect(lastVerdict(["за что путин критикует вашингтон?", "он это макрону сказал?"], "ru")).toBe("no");
  });
});

describe("one side only, and a hearsay claim of war (only-restriction.ts, fighting-continue.ts)", () => {
  it("is No for «только» one side where the concern is for both", () => {
    expect(lastVerdict(["путин сочувствует только израильтянам?"], "ru")).toBe("no");
    expect(lastVerdict(["путин пожалел лишь палестинцев?"], "ru")).toBe("no");
  });
  it("is No for a hearsay claim that Putin wants the fighting to continue", () => {
    const asked = [
      "i read online that putin wants the violence to continue till hamas is destroyed. is that what this article says?",
    ];
    expect(lastVerdict(asked)).toBe("no");
    expect(lastAnswer(asked).answer.answer).toMatch(/ceasefire/);
  });
});

describe("chat shorthand and an off-story topic mid-chat (chat-shorthand.ts, off-story-switch.ts)", () => {
  it("reads 'discus' as discuss", () => {
    expect(lastAnswer(["wut did they discus, putin n erdogan"]).answer.entry?.id).toBe("putin-erdogan-call");
  });
  it("refuses an off-story topic instead of the last entry", () => {
    expect(
      lastAnswer(["what does putin blame on the us?", "and what about the gold price?"]).answer.answered,
    ).toBe(false);
    expect(lastAnswer(["в чём путин упрекает сша?", "а что там с курсом рубля"], "ru").answer.answered).toBe(
      false,
    );
  });
  it("keeps an on-story topic and a question about the last answer in context", () => {
    expect(
      lastAnswer(["what does putin blame on the us?", "and what about the palestinians?"]).answer.answered,
    ).toBe(true);
    expect(lastAnswer(["кого винит путин?", "а почему?"], "ru").answer.answered).toBe(true);
  });
});

describe("«за счёт чего?» as how (words-ru.ts)", () => {
  it("answers by what Moscow presents itself as a mediator: its ties with both sides", () => {
    const reply = lastAnswer(["как россия себя подаёт в этом конфликте?", "за счёт чего именно?"], "ru");
    expect(reply.answer.answer).toMatch(/израил/i);
    expect(reply.answer.answer).toMatch(/палестин/i);
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers a who-then, a said-to and an off-story turn in one chat", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("путин говорил с шольцем?");
    await t.send("а с кем же тогда?");
    expect(visibleText(t.api.lastReply())).toMatch(/Эрдоган/);
    await t.send("а это кто вообще такой?");
    expect(visibleText(t.api.lastReply())).toMatch(/Турци/);
    await t.send("why does putin fault america?");
    await t.send("did he say it to the american president?");
    expect(visibleText(t.api.lastReply())).toMatch(/\bNo\. /);
    expect(visibleText(t.api.lastReply())).toMatch(/Erdogan/);
    await t.send("and what about the gold price?");
    expect(visibleText(t.api.lastReply())).not.toMatch(/monopoliz/);
    expectValidOutput(t.api);
  });
});
