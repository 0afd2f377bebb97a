// dialog11: the kinds the ninth blind dialogues failed — "not only X", whose proposal or view the last answer is,
// a reaction the article does not report, a learner's yes/no, a lone party after a list, "only" before the way of
// the call. Our own phrasings, from the article; the bot test runs them through bot.handleUpdate.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { answerOf, playChat } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const last = (messages: string[], lang: "en" | "ru" = "en") =>
  answerOf(playChat(messages, { lang }).at(-1)!.replies[0]!);

describe("'not only X' widens", () => {
  it("is Yes where the article names X beside more, in either language", () => {
    expect(last(["were putin's worries not only about gaza?"]).verdict).toBe("yes");
    expect(last(["does moscow have relationships not only with the palestinians?"]).verdict).toBe("yes");
    expect(last(["москва поддерживает отношения не только с палестинцами?"], "ru").verdict).toBe("yes");
  });

  it("is never the No of 'only X'", () => {
    expect(last(["does putin blame not only the us?"]).verdict).not.toBe("no");
    expect(last(["did putin call not only erdogan?"]).verdict).not.toBe("yes");
  });
});

describe("whose proposal or view the last answer is", () => {
  it("is No for a proposal that is another voice's, naming whose", () => {
    const en = last(["what does the russian foreign ministry call for?", "was that putin's idea?"]);
    expect(en.verdict).toBe("no");
    expect(en.answer.answer).toMatch(/Foreign Ministry/);
    expect(last(["к чему призывает МИД?", "это Путин предложил?"], "ru").verdict).toBe("no");
  });

  it("is 'doesn't say' for a view where the words are another's or the article's", () => {
    expect(last(["will the crisis go beyond the region?", "is that putin's opinion?"]).verdict).toBe(
      "not-said",
    );
    expect(last(["что говорит Песков?", "а это мнение Путина?"], "ru").verdict).toBe("not-said");
  });

  it("is Yes where the words are that speaker's", () => {
    expect(last(["what does putin say about washington?", "is that putin's view?"]).verdict).toBe("yes");
  });
});

describe("reactions and learners", () => {
  it("a reaction of a party the article does not quote is 'doesn't say', never No", () => {
    expect(last(["who does putin hold responsible?", "did washington hit back?"]).verdict).toBe("not-said");
    expect(last(["кого винит Путин?", "а США отреагировали?"], "ru").verdict).toBe("not-said");
  });

  it("a learner's yes/no gets its verdict", () => {
    expect(last(["kremlin want help find settlement?"]).verdict).toBe("yes");
    expect(last(["putin want fire stop?"]).verdict).toBe("yes");
    expect(last(["the eu is in quartet?"]).verdict).toBe("yes");
    // A feeling the article never reports is no curated yes.
    expect(last(["putin likes erdogan?"]).verdict).not.toBe("yes");
    expect(last(["does putin like erdogan?"]).verdict).not.toBe("yes");
  });

  it("a lone party after the Quartet's list is No; 'why?' there stays a follow-up", () => {
    expect(last(["which countries make up the quartet?", "india?"]).verdict).toBe("no");
    const why = playChat(["which countries make up the quartet?", "why?"]).at(-1)!.replies[0]!;
    expect(why.kind === "answer" ? why.verdict : null).toBeNull();
  });

  it("'only' before the call's other party is not the way of the call", () => {
    expect(last(["did putin phone only erdogan?"]).verdict).not.toBe("yes");
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
