// dialog53: wave AD's kinds — blame asked with its target left open ("anyone"), a voice's own words after the No
// of "did X say the same?", "and X?" finding another voice's words again, "who said …, was it X?", a wrong
// occasion as a first turn ("said all this to X", «в разговоре с X»), a part of the article asked with "tl;dr",
// «а с X как?», «а за что X?», «там говорится, когда…?». Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { sameThingOf } from "../../src/dialogue/same-thing.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";

describe("blame with its target left open", () => {
  it("is Yes naming the US when the asked voice blames, not for another voice", () => {
    const en = lastAnswer(["does putin blame somebody for the recent surge of violence?"]);
    expect(en.verdict).toBe("yes");
    expect(en.answer.answer).toMatch(/United States|US/);
    expect(lastVerdict(["путин кого-то винит в насилии?"], "ru")).toBe("yes");
    expect(lastVerdict(["does peskov blame anyone for the recent surge of violence?"])).not.toBe("yes");
  });
});

describe("another voice's words asked of a voice", () => {
  it("'did X say the same?' is No with X's own words added", () => {
    const ru = lastAnswer(["в чём путин обвиняет вашингтон?", "а песков говорил то же самое?"], "ru");
    expect(ru.verdict).toBe("no");
    expect(ru.answer.quotes.some((q) => q.speakerId === "peskov")).toBe(true);
  });
  it("'and X?' after a pronoun question about Putin answers with X's words", () => {
    const en = lastAnswer(["what did putin press erdogan for?", "what does he want then?", "and peskov?"]);
    expect(en.answer.quotes.some((q) => q.speakerId === "peskov")).toBe(true);
  });
  it("'who said …, was it X?' checks X against the who-question's answer", () => {
    expect(sameThingOf("who said russia wants to help find a settlement, was it putin?")).toEqual({
      question: "did putin say that?",
      against: "who said russia wants to help find a settlement?",
    });
    const en = lastAnswer(["who said the kremlin aims for a constructive role, was it putin?"]);
    expect(en.verdict).toBe("no");
    expect(en.answer.answer).toMatch(/Peskov/);
  });
});

describe("a wrong occasion as a first turn", () => {
  it("is No naming the Erdogan call, in both languages", () => {
    const en = lastAnswer(["putin told all this to netanyahu, didn't he?"]);
    expect(en.verdict).toBe("no");
    expect(en.answer.answer).toMatch(/Erdogan/);
    expect(lastVerdict(["это во время звонка байдену путин требовал прекращения огня?"], "ru")).toBe("no");
    expect(lastVerdict(["was it during a call with the israeli pm that putin urged talks?"])).toBe("no");
    expect(lastVerdict(["это в разговоре с эрдоганом путин призвал к перемирию?"], "ru")).not.toBe("no");
  });
});

describe("short follow-ups", () => {
  it("«а с X как?» asks the last question of X; «а за что X?» what Putin faults X for", () => {
    expect(lastEntry(["у россии есть связи с палестинцами?", "а с израилем как?"], "ru")).toBe(
      lastEntry(["у россии есть связи с израилем?"], "ru"),
    );
    expect(lastEntry(["кого путин винит?", "а за что сша?"], "ru")).toBe("putin-on-us");
  });
  it("«там говорится, когда…?» is a yes/no the article doesn't settle", () => {
    expect(lastVerdict(["чем заканчивается статья?", "там сказано, когда наступит перемирие?"], "ru")).toBe(
      "not-said",
    );
  });
  it("'tl;dr the ending of the article' is the conclusion, through the bot", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("tl;dr the end of the story pls");
    expect(visibleText(t.api.lastReply())).toMatch(/comprehensive|lasting|just resolution/i);
  });
});
