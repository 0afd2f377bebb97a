// dialog26 (session 26, own set dialogues-own54): wave AE's kinds — a request put to the bot ("can you recommend…")
// never gets a verdict, Russia's own guilt asked after the US blame is "doesn't say", Russia's participation asked
// in everyday Russian, "so whats it about then" / «о чём говорили то», an example offered for what the last answer
// leaves open ("like to lebanon?"), "talks" as a noun, «а X тоже хочет?», "hamas too?", «он хамас упоминал?».
// Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { aboutThenOf } from "../../src/dialogue/about-then.js";
import { asksBotForSomething } from "../../src/dialogue/bot-request.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { openExampleOf } from "../../src/dialogue/named-example.js";
import { talksAsNegotiationsOf } from "../../src/dialogue/talks-noun.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

/** The bot as deployed: the real knowledge base with its curated verdicts (knowledge/conversation.json). */
const realBot = () =>
  createTestBot({ kb: realKb, engine: realEngine, conversation: loadConversation(REAL_KB_DIR, realKb) });

describe("a request put to the bot", () => {
  it("is no yes/no question", () => {
    expect(asksBotForSomething("can you recommend a nice thai restaurant", "en")).toBe(true);
    expect(asksBotForSomething("could u suggest a film for tonight", "en")).toBe(true);
    expect(asksBotForSomething("можешь посоветовать кафе?", "ru")).toBe(true);
    expect(asksBotForSomething("can you tell me if putin blamed the us", "en")).toBe(false);
    expect(asksBotForSomething("можешь сказать, путин винит сша?", "ru")).toBe(false);
  });
  it("is refused with no verdict and no entry, through the bot", async () => {
    const t = realBot();
    await t.send("can you recommend a nice burger joint");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/^(?:No|Yes)\b/mu);
    expect(text).toMatch(/doesn.t cover/u);
    expect(text).not.toMatch(/Putin wants/);
    const en = lastAnswer(["could you suggest a good novel about the middle east"]);
    expect(en.verdict).toBeNull();
    expect(en.answer.answered).toBe(false);
  });
  it("a yes/no asked through 'can you tell me if' keeps its verdict", () => {
    expect(lastVerdict(["can you tell me if putin blamed the united states?"])).toBe("yes");
  });
});

describe("Russia's own guilt and part", () => {
  it("«россия тоже виновата?» after the US blame is doesn't say, through the bot", async () => {
    const t = realBot();
    await t.send("кого обвиняет путин?");
    await t.send("а россия тоже виновата?");
    const text = visibleText(t.api.lastReply());
    expect(text).not.toMatch(/^Да\b/mu);
    expect(text).toMatch(/^В статье об этом не сказано/mu);
    expect(lastVerdict(["кого обвиняет путин?", "а россия тоже виновата?"], "ru")).toBe("not-said");
    expect(lastVerdict(["москва виновата?"], "ru")).toBe("not-said");
    expect(lastVerdict(["who does putin blame?", "is moscow also responsible?"])).toBe("not-said");
  });
  it("the blaming side itself is not read as blamed", () => {
    expect(lastVerdict(["does moscow blame the united states?"])).toBe("yes");
  });
  it("«а россия вообще участвует?» after Putin's silence on Russia's role is Yes (the Quartet), through the bot", async () => {
    const t = realBot();
    await t.send("путин упоминал роль россии?");
    await t.send("а россия вообще участвует?");
    expect(visibleText(t.api.lastReply())).toMatch(/^Да(?!\p{L})[\s\S]*квартет/mu);
    expect(lastVerdict(["путин упоминал роль россии?", "а россия вообще участвует?"], "ru")).toBe("yes");
  });
});

describe("what it is about, asked bare", () => {
  it("reads the particles away", () => {
    expect(aboutThenOf("ok so what's it about then?", undefined)).toBe("what is the article about?");
    expect(aboutThenOf("о чём она тогда?", undefined)).toBe("о чём статья?");
    expect(aboutThenOf("а про что говорили то?", "кто такой эрдоган?")).toBe(
      "о чём говорили путин и эрдоган?",
    );
    expect(aboutThenOf("а о чём тогда?", "путин винит сша?")).toBeNull();
  });
  it("after a denied topic is the summary", () => {
    expect(lastAnswer(["is the story about syria?", "so what's it about then?"]).answer.kind).toBe("summary");
    expect(lastAnswer(["это статья про выборы?", "а о чем тогда?"], "ru").answer.kind).toBe("summary");
  });
});

describe("an example for what the last answer leaves open", () => {
  it("is doesn't say with the same evidence", () => {
    expect(
      openExampleOf("like to jordan?", "It does not say who voices these concerns or where it might spread."),
    ).toBe("jordan");
    expect(openExampleOf("like to jordan?", "Putin wants a ceasefire.")).toBeNull();
    const en = lastAnswer(["is anyone afraid the crisis may widen?", "like into jordan?"]);
    expect(en.verdict).toBe("not-said");
    expect(en.answer.entry?.id).toBe(lastEntry(["is anyone afraid the crisis may widen?"]));
    expect(lastVerdict(["боятся, что конфликт расширится?", "например на иорданию?"], "ru")).toBe("not-said");
  });
});

describe("added asks", () => {
  it("'talks' after a verb is the negotiations", () => {
    expect(talksAsNegotiationsOf("did he bring up talks as well?")).toBe(
      "did he bring up negotiations as well?",
    );
    expect(talksAsNegotiationsOf("who talks to hamas?")).toBeNull();
    expect(lastVerdict(["what did putin urge on the phone?", "did he mention talks too?"])).toBe("yes");
  });
  it("«а X тоже хочет?» after Putin's wants asks his want", () => {
    expect(lastVerdict(["путин хочет перемирия?", "а переговоров тоже хочет?"], "ru")).toBe("yes");
  });
  it("'hamas too?' after Russia's ties is the yes/no", () => {
    expect(lastVerdict(["who does moscow have relationships with?", "hamas too?"])).toBe("yes");
  });
  it("«он хамас упоминал?» is read as «он упоминал хамас?»", () => {
    expect(lastVerdict(["кто такой песков?", "он хамас упоминал?"], "ru")).toBe("not-said");
    expect(lastVerdict(["путин про израиль говорил?"], "ru")).toBe("yes");
  });
});
