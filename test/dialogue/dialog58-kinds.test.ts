// dialog28 (session 28, own set dialogues-own58): dialogues52's kinds — "is that true, <the claim restated>" as a
// follow-up (the claim judged, not the last answer), a sigh before the question after a refusal ("meh. and…"),
// the way of the reported call asked after another entry quoting it ("was it a face to face meeting?"), a
// self-image asked in sales words ("pitch/sell themselves as a neutral middleman"), an act a voice is asked to have
// called for that the article is silent on (not the No of his wish turned over) and a Russian elliptic act after a
// yes/no question («а возобновить переговоры?»). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { withoutChatGlue } from "../../src/dialogue/chat-glue.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { withQuizRead } from "../../src/dialogue/true-or-false.js";
import { lastVerdict, playChat } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const realBot = () =>
  createTestBot({ kb: realKb, engine: realEngine, conversation: loadConversation(REAL_KB_DIR, realKb) });

describe("'is that true, <claim>' as a follow-up", () => {
  it("judges the restated claim, through the bot", async () => {
    const t = realBot();
    await t.send("who does putin hold responsible");
    await t.send("is that correct, he says washington hogged the peace efforts?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b/mu);
  });
  it("reads the lead as the tag put first, in both languages; not 'is that true, or…'", () => {
    expect(withQuizRead("is that right, he says moscow wants to help?")).toBe(
      "he says moscow wants to help. Is that true?",
    );
    expect(withQuizRead("это правда, что он винит америку?")).toBe("он винит америку. Это правда?");
    expect(withQuizRead("is that true, or is it spin?")).toBe("is that true, or is it spin?");
  });
  it("keeps a false restatement from a Yes", () => {
    const v = lastVerdict([
      "what does peskov say",
      "is that right, he says the kremlin wants to send troops?",
    ]);
    expect(v).not.toBe("yes");
  });
});

describe("a sigh before the question", () => {
  it("is glue: the question is read on its own", () => {
    expect(withoutChatGlue("meh. and that call, what was it about")).toBe("and that call, what was it about");
    expect(withoutChatGlue("ugh, who is peskov")).toBe("who is peskov");
    expect(withoutChatGlue("мда. а кто такой песков")).toBe("а кто такой песков");
  });
  it("after a refusal, through the bot", async () => {
    const t = realBot();
    await t.send("what's the best pizza in rome");
    await t.send("ugh. and that putin erdogan call, what did they discuss");
    expect(visibleText(t.api.lastReply())).toMatch(/ceasefire/iu);
  });
});

describe("the way of the call after another entry quoting it", () => {
  it("a meeting in person is No with the phone call", () => {
    expect(lastVerdict(["is turkey mentioned anywhere?", "was it an in-person meeting?"])).toBe("no");
    expect(lastVerdict(["is turkey mentioned anywhere?", "was it by phone?"])).toBe("yes");
  });
});

describe("a self-image asked in sales words", () => {
  it("is Yes for Moscow's own image, through the bot", async () => {
    const t = realBot();
    await t.send("is the kremlin in touch with both sides?");
    await t.send("so they market themselves as an even-handed middleman?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b/mu);
  });
  it("stays 'doesn't say' asked as the fact", () => {
    expect(lastVerdict(["is moscow really an unbiased go-between?"])).toBe("not-said");
  });
  it("keeps the reflexive a reflexive", () => {
    const [, turn] = playChat(["does the kremlin talk to both sides", "so they sell themselves as neutral?"]);
    expect(JSON.stringify(turn!.replies)).not.toMatch(/sell the Kremlin/u);
  });
});

describe("an act a voice is asked to have called for", () => {
  it("one the article never names is 'doesn't say', not the No of his wish turned over", () => {
    expect(lastVerdict(["путин предлагал созвать международный саммит?"], "ru")).toBe("not-said");
    expect(lastVerdict(["did putin suggest a peace conference in geneva?"])).not.toBe("no");
  });
  it("force asked for stays No against the ceasefire he calls for", () => {
    expect(lastVerdict(["а он призывал к военному вмешательству?"], "ru")).toBe("no");
    expect(lastVerdict(["did putin call for war?"])).toBe("no");
  });
});

describe("a Russian elliptic act after a yes/no question", () => {
  it("carries the question's verb", () => {
    const chat = ["путин предлагал созвать международный саммит?", "а возобновить переговоры?"];
    expect(lastVerdict(chat, "ru")).toBe("yes");
  });
});

describe("a voice's blame on a party for the violence itself", () => {
  it("is Yes where the evidence has the blame and the surge as that failure's sign, through the bot", async () => {
    const t = realBot();
    await t.send("did putin say washington is responsible for the recent escalation?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b/mu);
  });
  it("is no Yes for another party, nor for a blame put on the party alone", () => {
    expect(lastVerdict(["does putin hold israel responsible for the flare-up?"])).not.toBe("yes");
    expect(lastVerdict(["does putin blame america alone for the bloodshed?"])).not.toBe("yes");
    expect(lastVerdict(["does putin blame america for the bloodshed?"])).toBe("yes");
  });
});
