// dialog-r2-26 (session 26, round 2, own set dialogues-own55): wave AF's kinds — a mention asked with a particle
// after the thing («путин упоминал переговоры вообще?» was a false «Нет»), a wish asked yes/no ("does putin want
// negotiations?", "is he in favour of peace talks?"), "he" asked with a country after an answer on two people
// ("is he the turkish president?" after the call was a false No about Putin), a voice spoken for ("is he speaking
// for the kremlin?", «он говорит от имени кремля?»), "on both sides?" after an answer. Our own phrasings, from the
// article.
import { describe, expect, it } from "vitest";
import { loadConversation } from "../../src/dialogue/index.js";
import { statesWish, wishAsked } from "../../src/dialogue/wish-asked.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const realBot = () =>
  createTestBot({ kb: realKb, engine: realEngine, conversation: loadConversation(REAL_KB_DIR, realKb) });

describe("a mention asked with a particle after the thing", () => {
  it("«путин упоминал прекращение огня вообще?» is Да with his words, never Нет, through the bot", async () => {
    const t = realBot();
    await t.send("путин упоминал о прекращении огня вообще?");
    const text = t.api
      .replies()
      .map((c) => visibleText(c))
      .join("\n");
    expect(text).not.toMatch(/^Нет(?!\p{L})/mu);
    expect(text).toMatch(/^Да(?!\p{L})/mu);
    expect(text).not.toMatch(/Эрдогана лидером Турции, с которым/u);
    expect(lastVerdict(["путин хоть раз упоминал возобновление переговоров?"], "ru")).toBe("yes");
    expect(lastVerdict(["did putin bring up a ceasefire at all?"])).toBe("yes");
  });
  it("a thing no quote of the voice holds is still no Yes", () => {
    expect(lastVerdict(["песков упоминал прекращение огня вообще?"], "ru")).not.toBe("yes");
  });
});

describe("a wish asked yes/no", () => {
  it("reads the voice and the thing", () => {
    expect(wishAsked("is he in favour of peace talks", "en")).toEqual({
      subject: "he",
      thing: "negotiations",
    });
    expect(wishAsked("путин хочет мирных переговоров", "ru")?.thing).toBe("переговоров");
    expect(wishAsked("what does putin want", "en")).toBeNull();
    expect(statesWish("Putin emphasized the urgent need for an immediate ceasefire")).toBe(true);
    expect(statesWish("the failure of US policy in the region")).toBe(false);
  });
  it("is Yes on a quote stating the wish, through the bot", async () => {
    const t = realBot();
    await t.send("what does putin think should happen");
    await t.send("so he's for peace talks?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b/mu);
    expect(lastVerdict(["does putin want negotiations to happen?"])).toBe("yes");
    expect(lastVerdict(["путин поддерживает переговоры?"], "ru")).toBe("yes");
  });
  it("a wish the voice's quotes never state is no Yes", () => {
    expect(lastVerdict(["does putin want war?"])).not.toBe("yes");
    expect(lastVerdict(["does putin want the us in charge of the talks?"])).not.toBe("yes");
  });
});

describe("'he' with a country after an answer on two people", () => {
  it("is the person of that country, never a false No about the speaker, through the bot", async () => {
    const t = realBot();
    await t.send("did putin speak with erdogan by phone?");
    await t.send("is he the turkish leader?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^Yes\b/mu);
    expect(text).toMatch(/Erdogan/u);
    const president = lastAnswer(["did putin speak with erdogan by phone?", "is he turkey's president?"]);
    expect(president.verdict).not.toBe("no");
    expect(president.answer.entry?.id).toBe("who-is-erdogan");
    expect(lastVerdict(["did putin speak with erdogan by phone?", "he runs turkey, yes?"])).toBe("yes");
    expect(lastVerdict(["путин созванивался с эрдоганом?", "он из турции?"], "ru")).toBe("yes");
  });
  it("the person the last answer was about stays 'he'", () => {
    expect(lastAnswer(["who's recep erdogan", "is he a russian diplomat?"]).answer.entry?.id).toBe(
      "who-is-erdogan",
    );
    expect(lastVerdict(["who's recep erdogan", "is he a russian diplomat?"])).toBe("no");
  });
  it("the speaker stays 'he' for his own country, and a who-answer's person stays 'he'", () => {
    expect(lastVerdict(["did putin speak with erdogan by phone?", "is he russian?"])).toBe("yes");
    expect(lastAnswer(["who did putin call", "is he russian?"]).answer.entry?.id).toBe("who-is-erdogan");
  });
});

describe("a voice spoken for", () => {
  it("is Yes for the body the person's role speaks for, through the bot", async () => {
    const t = realBot();
    await t.send("who's the spokesman in the story");
    await t.send("does he speak on behalf of the kremlin?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Yes\b/mu);
    expect(lastVerdict(["кто такой песков", "он выступает от лица кремля?"], "ru")).toBe("yes");
  });
  it("is No for another country", () => {
    expect(lastVerdict(["who is peskov", "does he represent israel?"])).toBe("no");
  });
});

describe("'on both sides?' after an answer", () => {
  it("is Yes where the last answer's quotes name Israel and Gaza, through the bot", async () => {
    const t = realBot();
    await t.send("is putin concerned about civilian casualties?");
    await t.send("for both sides?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^Yes\b/mu);
    expect(text).toMatch(/Israel/u);
    expect(text).toMatch(/Gaza/u);
    expect(lastVerdict(["путин обеспокоен жертвами среди мирных жителей?", "у обеих сторон?"], "ru")).toBe(
      "yes",
    );
  });
  it("is no Yes where the last answer names one side only", () => {
    expect(lastVerdict(["who does putin blame", "on both sides?"])).not.toBe("yes");
  });
});

describe("a party asked with a verb after the list", () => {
  it("'does X take part too?' after the Quartet's members is No naming them, through the bot", async () => {
    const t = realBot();
    await t.send("who makes up the quartet?");
    await t.send("does japan participate as well?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^No\b/mu);
    expect(text).toMatch(/European Union/u);
    expect(lastVerdict(["who makes up the quartet?", "did the eu take part too?"])).not.toBe("no");
  });
});

describe("the two sides of the violence asked after an answer", () => {
  it("is Yes with the article's sentence naming them, through the bot", async () => {
    const t = realBot();
    await t.send("how did the violence start");
    await t.send("wait, so it's israel against hamas then?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^Yes\b/mu);
    expect(text).toMatch(/Hamas and the Israeli military/u);
    expect(lastVerdict(["с чего всё началось", "значит между хамасом и израилем?"], "ru")).toBe("yes");
  });
  it("another party is left to the usual path", () => {
    expect(lastVerdict(["how did the violence start", "so it's hamas vs egypt?"])).not.toBe("yes");
  });
});
