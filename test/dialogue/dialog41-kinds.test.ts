// dialog41: follow-ups read in context and yes/no verdicts — words of the call said to another party (call-party.ts),
// what the call was about (call-topic.ts), "they" met in person after a voice of the call (contact-mode.ts), "they"
// after a refused question on Russia (after-refusal.ts), "а кремль отказался помогать?" as a clause (clause-switch.ts),
// a compromise he is asked to propose (called-for.ts), a mention in looser words (mentions.ts), "does it give
// numbers?" as the article (article-says.ts), the ties switch's understood line. Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("the call's words said to someone (call-party.ts)", () => {
  it("is No for another party, Yes for the call's own, only after an answer quoting the call", () => {
    expect(lastVerdict(["what did putin push for on the call", "did he tell it to macron"])).toBe("no");
    expect(lastVerdict(["what did putin push for on the call", "he said that to erdogan?"])).toBe("yes");
    expect(lastVerdict(["путин призывает к перемирию?", "он сказал это байдену?"], "ru")).toBe("no");
    // Not after an answer that is not the call's: the article does not say to whom he voiced his concern.
    expect(lastVerdict(["what is putin worried about", "did he say it to biden"])).not.toBe("no");
  });
});

describe("what the reported call was about (call-topic.ts)", () => {
  it("is Yes for the conflict and its sides, doesn't say for anything else", () => {
    expect(lastVerdict(["putin and the turkish president. was their call about gaza"])).toBe("yes");
    expect(lastVerdict(["who did putin call", "was it about israel and hamas?"])).toBe("yes");
    expect(lastVerdict(["who did putin call", "was the conversation about ukraine?"])).toBe("not-said");
    expect(lastVerdict(["who did putin call", "was it about the war in ukraine?"])).toBe("not-said");
    expect(lastVerdict(["с кем созванивался путин", "разговор был про газу?"], "ru")).toBe("yes");
    // "it" with no call before it is not the call.
    expect(lastVerdict(["what is the quartet", "was it about gaza?"])).not.toBe("yes");
  });
});

describe("they met in person, after a voice of the call (contact-mode.ts)", () => {
  it("is No: it was a phone call", () => {
    expect(lastVerdict(["путин и эрдоган", "а эрдоган что ответил", "они виделись лично?"], "ru")).toBe("no");
    expect(lastVerdict(["what did erdogan say back", "did they meet face to face?"])).toBe("no");
    expect(lastVerdict(["what did erdogan say back", "did they speak on the phone?"])).toBe("yes");
  });
});

describe("'they' after a refused question naming one voice (after-refusal.ts)", () => {
  it("is that voice", () => {
    const a = lastAnswer(["what's russia's view on crypto", "do they keep in touch with both sides?"]);
    expect(a.understood).toMatch(/moscow|russia/i);
    expect(a.verdict).toBe("yes");
    expect(lastVerdict(["что думает россия о биткоине", "они на связи с обеими сторонами?"], "ru")).toBe(
      "yes",
    );
  });
});

describe("a Russian 'а' + subject + verb + infinitive (clause-switch.ts)", () => {
  it("is a yes/no question of its own, not a topic switch", () => {
    expect(lastVerdict(["вывод статьи", "а кремль отказался помогать?"], "ru")).toBe("no");
    expect(lastVerdict(["кто такой песков", "а кремль отказался содействовать?"], "ru")).toBe("no");
  });
});

describe("a compromise he is asked to propose (called-for.ts)", () => {
  it("is doesn't say: the article has compromises, not his proposing one", () => {
    expect(lastVerdict(["что путин критикует", "а путин сам предлагает какой-то компромисс?"], "ru")).toBe(
      "not-said",
    );
    expect(lastVerdict(["does putin propose a compromise?"])).toBe("not-said");
    // An act the article has nothing of stays No.
    expect(lastVerdict(["did putin call for a military operation?"])).not.toBe("yes");
  });
});

describe("a mention in the article's words with others between (mentions.ts)", () => {
  it("is no false No", () => {
    expect(lastVerdict(["does the article mention direct dialogue?"])).toBe("yes");
    expect(lastVerdict(["does the article mention civilian casualties in gaza?"])).toBe("yes");
    expect(
      lastVerdict(["мид россии что предлагает", "а диалог между израилем и палестинцами упоминается?"], "ru"),
    ).toBe("yes");
    expect(lastVerdict(["does the article mention the arab league?"])).toBe("no");
  });
});

describe("'does it give numbers?' (article-says.ts)", () => {
  it("asks it of the article, not of the last topic", () => {
    expect(lastVerdict(["what is putin concerned about", "does it give numbers?"])).toBe("no");
  });
});

describe("the ties switch (ties-swap.ts)", () => {
  it("says what it understood", () => {
    const a = lastAnswer(["what ties does russia have with israel?", "and with hamas?"]);
    expect(a.understood).toMatch(/ties .*hamas/i);
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers the call's words said to another party No, and the call's matter Yes", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("what did putin push for on the call?");
    await t.send("did he say it to biden");
    expect(visibleText(t.api.lastReply())).toMatch(/\bNo\. /);
    expect(visibleText(t.api.lastReply())).toMatch(/Erdogan/);
    await t.send("was it about gaza?");
    expect(visibleText(t.api.lastReply())).toMatch(/\bYes\. /);
    expectValidOutput(t.api);
  });
});
