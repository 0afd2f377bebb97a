// dialog11: the kinds the ninth blind dialogues failed — "not only X", whose proposal or view the last answer is,
// a reaction the article does not report, a learner's yes/no, a lone party after a list, "only" before the way of
// the call. Our own phrasings, from the article; the bot test runs them through bot.handleUpdate.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastReply, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("'not only X' widens", () => {
  it("is Yes where the article names X beside more, in either language", () => {
    expect(lastVerdict(["were putin's worries not only about gaza?"])).toBe("yes");
    expect(lastVerdict(["does moscow have relationships not only with the palestinians?"])).toBe("yes");
    expect(lastVerdict(["москва поддерживает отношения не только с палестинцами?"], "ru")).toBe("yes");
  });

  it("is never the No of 'only X'", () => {
    expect(lastVerdict(["does putin blame not only the us?"])).not.toBe("no");
    expect(lastVerdict(["did putin call not only erdogan?"])).not.toBe("yes");
  });
});

describe("whose proposal or view the last answer is", () => {
  it("is No for a proposal that is another voice's, naming whose", () => {
    const en = lastAnswer(["what does the russian foreign ministry call for?", "was that putin's idea?"]);
    expect(en.verdict).toBe("no");
    expect(en.answer.answer).toMatch(/Foreign Ministry/);
    expect(lastVerdict(["к чему призывает МИД?", "это Путин предложил?"], "ru")).toBe("no");
  });

  it("is 'doesn't say' for a view where the words are another's or the article's", () => {
    expect(lastVerdict(["will the crisis go beyond the region?", "is that putin's opinion?"])).toBe(
      "not-said",
    );
    expect(lastVerdict(["что говорит Песков?", "а это мнение Путина?"], "ru")).toBe("not-said");
  });

  it("is Yes where the words are that speaker's", () => {
    expect(lastVerdict(["what does putin say about washington?", "is that putin's view?"])).toBe("yes");
  });
});

describe("reactions and learners", () => {
  it("a reaction of a party the article does not quote is 'doesn't say', never No", () => {
    expect(lastVerdict(["who does putin hold responsible?", "did washington hit back?"])).toBe("not-said");
    expect(lastVerdict(["кого винит Путин?", "а США отреагировали?"], "ru")).toBe("not-said");
  });

  it("a learner's yes/no gets its verdict", () => {
    expect(lastVerdict(["kremlin want help find settlement?"])).toBe("yes");
    expect(lastVerdict(["putin want fire stop?"])).toBe("yes");
    expect(lastVerdict(["the eu is in quartet?"])).toBe("yes");
    // A feeling the article never reports is no curated yes.
    expect(lastVerdict(["putin likes erdogan?"])).not.toBe("yes");
    expect(lastVerdict(["does putin like erdogan?"])).not.toBe("yes");
  });

  it("a lone party after the Quartet's list is No; 'why?' there stays a follow-up", () => {
    expect(lastVerdict(["which countries make up the quartet?", "india?"])).toBe("no");
    const why = lastReply(["which countries make up the quartet?", "why?"]);
    expect(why.kind === "answer" ? why.verdict : null).toBeNull();
  });

  it("'only' before the call's other party is not the way of the call", () => {
    expect(lastVerdict(["did putin phone only erdogan?"])).not.toBe("yes");
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers a Russian proposal question No and a view question 'doesn't say'", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("что предлагает российский МИД?");
    await t.send("это Путин предлагает?");
    expect(visibleText(t.api.lastReply())).toMatch(/\nНет\. По статье, это говорит не Путин/);
    await t.send("может ли кризис выйти за пределы региона?");
    await t.send("а это мнение Путина?");
    expect(visibleText(t.api.lastReply())).toMatch(/не сказано|не говорит|не сообщ/i);
    expectValidOutput(t.api);
  });
});
