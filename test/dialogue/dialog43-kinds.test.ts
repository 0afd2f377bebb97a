// dialog43: a yes/no follow-up that puts another party or another attribute into a fact the article states is No,
// with the article's fact as evidence — a charge of Putin's on another target (agent-swap.ts), the last answer's
// words put in the mouth of a voice the article never names (other-voice.ts), the call with another party or by
// another way (call-party.ts, contact-mode.ts), a restriction after a bare question word (elliptical.ts), another
// party's policy failing or helping (failed-party.ts). Asked as one more ("too", «тоже») where the article is
// silent, doesn't say. Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("a charge put on another target (agent-swap.ts)", () => {
  // dialog36's blame convention: doesn't say (the article never says he does not blame them), the US shown.
  it("is doesn't say after whom Putin blames, in both languages, the evidence naming the US", () => {
    const asked = ["who does putin fault for the fighting?", "so did he fault the israelis?"];
    expect(lastVerdict(asked)).toBe("not-said");
    expect(lastAnswer(asked).answer.answer).toMatch(/United States/);
    expect(lastVerdict(["кого путин обвиняет?", "а хамас он обвинил?"], "ru")).toBe("not-said");
  });
  it("is doesn't say asked as one more target, and for a voice compared with", () => {
    expect(lastVerdict(["who does putin fault for the fighting?", "did he fault hamas as well?"])).toBe(
      "not-said",
    );
    expect(lastVerdict(["кого путин обвиняет?", "а израиль он тоже обвиняет?"], "ru")).toBe("not-said");
    expect(lastVerdict(["did putin blame iran too?"])).toBe("not-said");
    expect(lastVerdict(["who is peskov?", "did he blame the us like putin did?"])).not.toBe("no");
  });
});

describe("a voice the article never names (other-voice.ts)", () => {
  it("is No for a person's words, naming the real voice", () => {
    const asked = ["what does peskov say?", "hm, wasn't it medvedev who said that?"];
    expect(lastVerdict(asked)).toBe("no");
    expect(lastAnswer(asked).answer.answer).toMatch(/Peskov/);
    expect(lastVerdict(["что сказал песков?", "а разве это не Медведев сказал?"], "ru")).toBe("no");
  });
  it("is No for another ministry, doesn't say for a person inside the quoted body", () => {
    expect(
      lastVerdict(["what does the foreign ministry stress?", "was it the defence ministry that said it?"]),
    ).toBe("no");
    expect(lastVerdict(["what does the foreign ministry stress?", "did lavrov say it himself?"])).toBe(
      "not-said",
    );
  });
  it("leaves a question word alone", () => {
    expect(lastAnswer(["путин говорил с байденом?", "а с кем говорил"], "ru").answer.answer).toMatch(
      /Эрдоган/,
    );
  });
});

describe("the call's party and way (call-party.ts, contact-mode.ts)", () => {
  it("is No for another party and for another way than the phone", () => {
    expect(lastVerdict(["the call putin made was with scholz, right?"])).toBe("no");
    expect(lastVerdict(["с кем говорил путин по телефону", "это же был звонок Шольцу?"], "ru")).toBe("no");
    expect(lastVerdict(["what did putin tell erdogan?", "was that over video?"])).toBe("no");
    expect(lastVerdict(["путин с эрдоганом общались по видеосвязи?"], "ru")).toBe("no");
  });
});

describe("the last answer read again (elliptical.ts, last-answer-turns.ts, failed-party.ts)", () => {
  it("reads 'which side? only in X?' as the restriction", () => {
    expect(lastVerdict(["is putin concerned about civilians?", "where exactly? only in israel?"])).toBe("no");
  });
  it("reads 'noun of what exactly' as a detail of the last answer", () => {
    const reply = lastAnswer(["what does the violence show in putin's eyes?", "failure of what?"]);
    expect(reply.answer.entry?.id).toBe("us-policy-failure");
  });
  it("is No for another party's policy failing, and for the US helping", () => {
    expect(
      lastVerdict(["what does the violence show in putin's eyes?", "did he say israel's policy failed?"]),
    ).toBe("no");
    expect(
      lastVerdict(["does putin back a palestinian state?", "did the us help with it, in his view?"]),
    ).toBe("no");
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers a swapped target doesn't say and an unnamed voice No, in two chats' turns", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("who does putin fault for the fighting?");
    await t.send("so did he fault the israelis?");
    expect(visibleText(t.api.lastReply())).toMatch(/doesn’t say/);
    expect(visibleText(t.api.lastReply())).toMatch(/United States/);
    await t.send("what does peskov say?");
    await t.send("wasn't it medvedev who said that?");
    expect(visibleText(t.api.lastReply())).toMatch(/\bNo\. /);
    expect(visibleText(t.api.lastReply())).toMatch(/Peskov/);
    await t.send("кого винит путин?");
    await t.send("а израиль он тоже обвиняет?");
    expect(visibleText(t.api.lastReply())).toMatch(/В статье об этом не сказано/);
    expect(visibleText(t.api.lastReply())).toMatch(/США/);
    expectValidOutput(t.api);
  });
});
