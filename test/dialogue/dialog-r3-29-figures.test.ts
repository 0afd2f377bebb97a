// dialog-r3-29 (session 29, own set dialogues-own64): a yes/no asking a figure, an amount, a date or a time the
// article never gives ("more than a thousand dead?", «жертв больше ста?», "did they talk last week?", «разговор
// был в понедельник?») is "doesn't say" — never the Yes of the topic's entry nor the No of a missing time word.
// Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { figureBesideMatter, figureOrTimeAsked } from "../../src/dialogue/unstated-figure.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const realBot = () =>
  createTestBot({ kb: realKb, engine: realEngine, conversation: loadConversation(REAL_KB_DIR, realKb) });

describe("a figure or a time asked", () => {
  it("is read in numbers, number words and time words, both languages", () => {
    expect(figureOrTimeAsked("so more than a thousand people died?", "en")).toBe(true);
    expect(figureOrTimeAsked("were 300 killed?", "en")).toBe(true);
    expect(figureOrTimeAsked("did they speak on friday?", "en")).toBe(true);
    expect(figureOrTimeAsked("погибло больше ста человек?", "ru")).toBe(true);
    expect(figureOrTimeAsked("это было позавчера?", "ru")).toBe(true);
    expect(figureOrTimeAsked("они созвонились в среду?", "ru")).toBe(true);
  });
  it("leaves questions without one alone", () => {
    expect(figureOrTimeAsked("is it more than a ceasefire he wants?", "en")).toBe(false);
    expect(figureOrTimeAsked("does he back a two-state solution?", "en")).toBe(false);
    expect(figureOrTimeAsked("both sides?", "en")).toBe(false);
    expect(figureOrTimeAsked("путин винит сша?", "ru")).toBe(false);
    expect(figureOrTimeAsked("россия в квартете?", "ru")).toBe(false);
  });
  it("beside a matter is no party or thing to look for", () => {
    expect(figureBesideMatter("call yesterday", "en")).toBe(true);
    expect(figureBesideMatter("yesterday", "en")).toBe(false);
    expect(figureBesideMatter("iran", "en")).toBe(false);
  });
});

describe("a yes/no on a figure or a date the article does not give", () => {
  it("is not confirmed after the casualties answer (EN and RU)", () => {
    expect(lastVerdict(["what is putin worried about", "so more than two thousand were killed?"])).toBe(
      "not-said",
    );
    expect(lastVerdict(["путин беспокоится о мирных жителях?", "погибших больше тысячи?"], "ru")).toBe(
      "not-said",
    );
  });
  it("is not denied after the call's answer (EN and RU)", () => {
    expect(lastVerdict(["who did putin talk to on the phone", "did that happen on tuesday?"])).toBe(
      "not-said",
    );
    expect(lastVerdict(["с кем говорил путин", "это было на прошлой неделе?"], "ru")).toBe("not-said");
  });
  it("through the bot: 'doesn't say' with what the article does say", async () => {
    const t = realBot();
    await t.send("is putin worried about civilian deaths?");
    await t.send("so over a thousand civilians have been killed?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/doesn.t say/u);
    expect(text).not.toMatch(/^(?:Yes|No)\b/mu);
    expect(text).toMatch(/civilian casualties/u);
  });
});

describe("«это X говорит, а не Y?» in the present tense", () => {
  it("is the voice check of the last answer's quotes", () => {
    expect(lastVerdict(["что говорит песков", "это песков заявляет, а не путин?"], "ru")).toBe("yes");
    expect(lastVerdict(["что говорит песков", "это путин говорит, а не песков?"], "ru")).toBe("no");
  });
});
