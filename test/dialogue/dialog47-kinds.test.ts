// dialog47: kinds wave X's dialogues missed — a phone call asked with a party the article never names, the phone
// after the party ("did putin talk to netanyahu on the phone?", "did he have a call with the israeli president?"
// → No with the Erdogan call, call-party.ts; doesn't say with it since dialog52's convention); "was it peskov who made that call?" → No (call-party.ts); a
// non-member offered after a who-question ("who else is in it? china?", offered-answer.ts) or with «тоже там»
// (elliptical.ts) → No with the list; "who's the other 2" (others-in-group.ts); "is that the same thing peskov
// said?", "who said that, putin?", «а кто это говорит, песков?» (same-thing.ts); "did they meet in person or"
// (slang-tag.ts); "what did he ask him for?" (asked-for.ts); «и с хамасом тоже?», «а с израилем что их
// связывает», "why would israel trust them" (ties-swap.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("a phone call asked with another party, the phone after it", () => {
  // dialog52's convention: a bare call or talk with another party is "doesn't say" with the Erdogan call; the call
  // by its matter ("… about the ceasefire") is No.
  it("is doesn't say with the Erdogan call, No by its matter; the call's own party stays Yes; 'too' stays doesn't say", () => {
    const en = lastAnswer(["did putin speak with biden on the phone?"]);
    expect(en.verdict).toBe("not-said");
    expect(en.answer.answer).toMatch(/Erdogan/);
    expect(lastVerdict(["did he have a phone call with the israeli prime minister?"])).toBe("not-said");
    expect(lastVerdict(["did putin speak with biden on the phone about the ceasefire?"])).toBe("no");
    expect(lastVerdict(["did putin have a call with erdogan?"])).toBe("yes");
    expect(lastVerdict(["what did putin tell erdogan?", "did he talk to netanyahu on the phone too?"])).toBe(
      "not-said",
    );
  });
  it("a person the article names, not on the call, asked as the one on it: No", () => {
    expect(lastVerdict(["who did putin phone?", "was it the foreign ministry that made the call?"])).toBe(
      "no",
    );
    expect(lastVerdict(["who did putin phone?", "was it erdogan who placed the call?"])).toBe("not-said");
  });
});

describe("a member asked of a list the article gives in full", () => {
  it("a party offered after 'who else' or with «тоже там» is No, with the list", () => {
    const en = lastAnswer(["who is in the quartet?", "who else is in it? iran?"]);
    expect(en.verdict).toBe("no");
    expect(en.answer.answer).toMatch(/United Nations/);
    expect(lastVerdict(["кто входит в квартет?", "египет тоже там?"], "ru")).toBe("no");
  });
  it("'the other two' are the list", () => {
    expect(lastAnswer(["is the EU part of the quartet?", "who are the other three?"]).answer.answer).toMatch(
      /United Nations/,
    );
  });
});

describe("whose words, offered or compared", () => {
  it("is No naming the real voice, Yes for the voice itself", () => {
    expect(lastVerdict(["what does peskov say?", "is that the same as what putin said?"])).toBe("no");
    expect(lastVerdict(["what does peskov say?", "who said that, peskov?"])).toBe("yes");
    expect(lastVerdict(["что говорит мид россии?", "а кто это сказал, путин?"], "ru")).toBe("no");
  });
});

describe("follow-ups on the call and on Russia's ties", () => {
  it("'…or' trailing off is the yes/no; 'what did he ask him for' is what he called for", () => {
    expect(lastVerdict(["who did putin call?", "was it a meeting in person or"])).toBe("no");
    expect(lastAnswer(["who did putin call?", "so what did he ask erdogan for?"]).answer.answer).toMatch(
      /ceasefire/,
    );
  });
  it("a side asked after the ties: Yes with «тоже», the other side's ties, and why it would trust Russia", () => {
    expect(lastVerdict(["с кем кремль поддерживает связь?", "а с хамасом тоже?"], "ru")).toBe("yes");
    expect(
      lastAnswer(["какие связи у россии с палестинцами?", "а что их связывает с израилем?"], "ru").answer
        .entry?.id,
    ).toBe("russia-israel-ties");
    expect(
      lastAnswer(["does russia have ties with hamas?", "so why would israel trust them?"]).answer.entry?.id,
    ).toBe("russia-israel-ties");
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers a call with an unnamed leader and its follow-up in one chat", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("did putin talk to netanyahu on the phone?");
    expect(visibleText(t.api.lastReply())).not.toMatch(/\bNo\. /);
    expect(visibleText(t.api.lastReply())).toMatch(/Erdogan/);
    await t.send("so what did they talk about");
    expect(visibleText(t.api.lastReply())).toMatch(/ceasefire/);
    expectValidOutput(t.api);
  });
});
