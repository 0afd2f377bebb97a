// dialog-r2-27 (session 27, round 2, own set dialogues-own57): dialogues51's kinds — which side is right asked of
// the article (was a false No), a stance on a bare "it" with nothing to read it as (was a false Yes), a stance word
// kept out of the topic (was a false No on "does he support it?"), the article's own view at its close, a party
// the article names asked as "involved in this", that country's leader after it, and a person's first name. Our
// own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { articleViewVerdict } from "../../src/dialogue/article-view.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { involvedAskedOf, theirLeaderOf } from "../../src/dialogue/involved-asked.js";
import { asksJudgementEn } from "../../src/dialogue/judgement-asked.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const realBot = () =>
  createTestBot({ kb: realKb, engine: realEngine, conversation: loadConversation(REAL_KB_DIR, realKb) });

describe("which side is right, asked of the article", () => {
  it("doesn't say, never a false No, through the bot", async () => {
    const t = realBot();
    await t.send("what does the piece conclude");
    await t.send("does it tell us which side is in the right?");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/^No\b/mu);
    expect(text).not.toMatch(/^Yes\b/mu);
    expect(lastVerdict(["does the article say who's right in this war?"])).toBe("not-said");
    expect(lastVerdict(["is israel in the wrong here?"])).toBe("not-said");
  });
  it("is no judgement where 'right' is no verdict on a side", () => {
    expect(asksJudgementEn("am i right that putin blames the us?")).toBe(false);
    expect(asksJudgementEn("does putin want a ceasefire right away?")).toBe(false);
    expect(asksJudgementEn("which side is right?")).toBe(true);
  });
});

describe("a stance on a bare 'it'", () => {
  it("with nothing to read 'it' as, no false Yes, through the bot", async () => {
    const t = realBot();
    await t.send("what's russia's view of palestinian statehood");
    await t.send("and the americans?");
    await t.send("so is he against it?");
    expect(visibleText(t.api.lastReply())).not.toMatch(/^Yes\b/mu);
  });
  it("with the topic in context, the entry's verdict both ways (the stance word kept out of the topic)", () => {
    const chat = ["what's putin's view of a palestinian state", "is he against it?"];
    expect(lastVerdict(chat)).toBe("no");
    expect(lastVerdict([...chat, "does he support it, then?"])).toBe("yes");
  });
});

describe("the article's own view at its close", () => {
  it("is Yes with the conclusion", () => {
    expect(lastVerdict(["does the article give some sort of view at the end?"])).toBe("yes");
    const a = lastAnswer(["does the article give some sort of view at the end?"]);
    expect(articleViewVerdict("does the article give a view at the end?", a.answer, "en", 1)).toBeNull();
  });
  it("is no Yes on a card in a speaker's voice", () => {
    const a = lastAnswer(["what does putin say about the us"]);
    expect(articleViewVerdict("does the article give an opinion at the end?", a.answer, "en", 7)).toBeNull();
  });
});

describe("a party asked as involved in the story", () => {
  it("is whether the article names it: Yes for Turkey, through the bot", async () => {
    const t = realBot();
    await t.send("is turkey part of this story at all?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^Yes\b/mu);
    expect(text).toMatch(/Erdogan/u);
  });
  it("reads no party the article never names, nor a part in the war", () => {
    expect(involvedAskedOf("is iran involved in this?", realKb)).toBeNull();
    expect(involvedAskedOf("is turkey involved in the war?", realKb)).toBeNull();
    // A bare "it" may be the Quartet: "is russia in it?" is asked of the group, not of the story.
    expect(involvedAskedOf("is russia in it?", realKb)).toBeNull();
    expect(involvedAskedOf("does turkey figure in the story?", realKb)).toBe(
      "does the article mention turkey?",
    );
  });
  it("'who's their leader' after it is that country's leader", () => {
    expect(theirLeaderOf("who's their leader again", "does the article mention turkey", realKb)).toBe(
      "who is the leader of turkey?",
    );
    expect(theirLeaderOf("who's their leader", "what about turkey and the us", realKb)).toBeNull();
    const a = lastAnswer(["does turkey come into this?", "and who heads the country?"]);
    expect(a.answer.entry?.id).not.toBe("us-monopolizing-peace");
  });
});

describe("a person's first name after a turn about them", () => {
  it("is who the person is, with the full name", () => {
    const a = lastAnswer(["who is the kremlin's spokesman", "what's his full name?"]);
    expect(a.answer.answer).toMatch(/Dmitry Peskov/u);
    const ru = lastAnswer(["кто такой песков", "а как его зовут?"], "ru");
    expect(ru.answer.answer).toMatch(/Дмитри/u);
  });
});
