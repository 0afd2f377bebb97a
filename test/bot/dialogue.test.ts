// Conversation through bot.handleUpdate with the real engine and knowledge base: follow-ups read in context
// (also across a restart), yes/no verdict lines, two questions in one message, small talk, slips, and the
// honest "who said what" cards.
import { MemorySessionStorage } from "grammy";
import { describe, expect, it } from "vitest";
import type { SessionData } from "../../src/bot/session.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { buttonsOf, createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const conversation = loadConversation(REAL_KB_DIR, realKb);
const realBot = (sessionStorage?: MemorySessionStorage<SessionData>) =>
  createTestBot({ kb: realKb, engine: realEngine, conversation, sessionStorage });
const lastText = (t: ReturnType<typeof realBot>) => visibleText(t.api.lastReply());
const STORY_POINT = ["v1:a:putin-blames-us", "v1:a:ceasefire-call", "v1:a:russia-position"];

describe("follow-ups in context", () => {
  it("reads 'why?' against the last question and says what it understood", async () => {
    const t = realBot();
    await t.send("did putin call erdogan?");
    await t.send("why?");
    const text = lastText(t);
    expect(text).toMatch(/^I read this as: Why did putin call erdogan\?/);
    expect(text).toContain("ceasefire");
    expectValidOutput(t.api);
  });

  it("reads 'did he agree?' after 'who is erdogan' as about Erdogan: the article doesn't say", async () => {
    const t = realBot();
    await t.send("who is erdogan");
    await t.send("did he agree?");
    expect(lastText(t)).toMatch(
      /^I read this as: Did Erdogan agree\?\n\nWhat did Erdogan say\?\nThe article doesn/,
    );
  });

  it("'and peskov?' switches the speaker; 'who said that?' names him", async () => {
    const t = realBot();
    await t.send("what did putin say about the united states");
    await t.send("and peskov?");
    expect(lastText(t)).toContain("Dmitry Peskov");
    await t.send("who said that?");
    expect(lastText(t)).toMatch(
      /^Who said that\?\n• Dmitry Peskov, Russian spokesperson, speaking for the Kremlin, as the article reports it/,
    );
  });

  it("'tell me more' shows the article's paragraphs in full", async () => {
    const t = realBot();
    await t.send("is russia neutral");
    await t.send("tell me more");
    const text = lastText(t);
    expect(text).toMatch(/^More on: Is Russia neutral\?/);
    expect(text).toContain(realKb.article.paragraphs[4]!);
  });

  it("keeps the context across a restart (it lives in the session store)", async () => {
    const storage = new MemorySessionStorage<SessionData>();
    const before = realBot(storage);
    await before.send("is russia neutral");
    const after = realBot(storage);
    await after.send("why?");
    expect(lastText(after)).toMatch(/^I read this as: Why is russia neutral\?/);
  });

  it("a pressed answer button becomes the context: 'why?' after it reads against the pressed question", async () => {
    const t = realBot();
    await t.send("did putin call erdogan?");
    await t.press("v1:a:putin-blames-us");
    await t.send("why?");
    const text = lastText(t);
    expect(text).toMatch(/^I read this as: Why does putin blame\?/);
    expect(text).toMatch(/fail/);
    expectValidOutput(t.api);
  });

  it("a pressed button with no question before it still gives 'is that true?' and 'who said that?' a context", async () => {
    const t = realBot();
    await t.press("v1:a:kremlin-settlement-role");
    await t.send("is that true?");
    expect(lastText(t)).toMatch(/^Is that true\?/);
    await t.send("who said that?");
    expect(lastText(t)).toContain("Dmitry Peskov");
  });

  it("asks for a whole question when 'why?' has nothing before it, with the story's point as buttons", async () => {
    const t = realBot();
    await t.send("why?");
    expect(lastText(t)).toBe("I’m not sure what that refers to. Ask me a whole question, for example:");
    expect(
      buttonsOf(t.api.lastReply())
        .map((b) => b.data)
        .slice(0, 3),
    ).toEqual(STORY_POINT);
  });
});

describe("yes/no questions", () => {
  it.each([
    ["does putin call for a ceasefire?", /^Does Putin call for a ceasefire\?\nYes\. /],
    ["did putin praise washington?", /\nNo\. /],
    ["did putin condemn hamas?", /\nThe article doesn’t say\. /],
  ])("%s opens with its verdict", async (question, expected) => {
    const t = realBot();
    await t.send(question);
    expect(lastText(t)).toMatch(expected);
    expectValidOutput(t.api);
  });
});

describe("two questions in one message", () => {
  it("answers both in one reply, the second read against the first", async () => {
    const t = realBot();
    await t.send("who did Putin call and what did he want?");
    expect(t.api.replies()).toHaveLength(1);
    const text = lastText(t);
    expect(text).toContain("Who did Putin speak to on the phone");
    expect(text).toContain("I read this as: What did Putin want?");
    expect(text).toContain("What does Putin want?");
  });
});

describe("small talk and slips", () => {
  it.each([
    ["hello", "Hi! I answer questions about one news story."],
    ["thanks!", "You’re welcome!"],
    ["thanks that helps", "You’re welcome!"],
    ["who are you", "I’m a bot that answers questions about one news story"],
    ["you are useless", "Sorry I didn’t help."],
    ["привет", "Привет! Я отвечаю на вопросы об одной новости."],
  ])("%s gets a kind reply with the story's point as buttons", async (text, reply) => {
    const t = realBot();
    await t.send(text);
    expect(lastText(t)).toContain(reply);
    // A Russian reply's buttons carry its language ("@ru").
    const suffix = /\p{Script=Cyrillic}/u.test(text) ? "@ru" : "";
    expect(buttonsOf(t.api.lastReply()).map((b) => b.data)).toEqual(
      [...STORY_POINT, "v1:sum:new", "v1:q:all"].map((d) => `${d}${suffix}`),
    );
  });

  it("a number with no such button says so", async () => {
    const t = realBot();
    await t.send("is russia neutral");
    await t.send("7");
    expect(lastText(t)).toBe("There is no button 7. Pick one of these, or ask me a question:");
  });

  it("/start suggests the story's point", async () => {
    const t = realBot();
    await t.send("/start");
    expect(
      buttonsOf(t.api.lastReply())
        .map((b) => b.data)
        .slice(2),
    ).toEqual(STORY_POINT);
  });
});

describe("who said what, honestly", () => {
  it("renders the statements of two named speakers, not the roster", async () => {
    const t = realBot();
    await t.send("what did Peskov and the Foreign Ministry each say");
    const text = lastText(t);
    expect(text).toMatch(/^What Dmitry Peskov, Russian Foreign Ministry said/);
    expect(text).toContain("Russian spokesperson Dmitry Peskov reaffirms");
    expect(text).toContain("The Russian Foreign Ministry stresses");
  });

  it("/quotes moscow: no statements of Moscow, the article's sentences about it apart", async () => {
    const t = realBot();
    await t.send("/quotes moscow");
    const text = lastText(t);
    expect(text).toMatch(
      /^The article mentions Moscow \(the Russian government\) but reports nothing they said\./,
    );
    expect(text).toContain("What the article says about Moscow");
    expect(text).toContain("Moscow strives to present itself as an impartial mediator");
  });

  it("/quotes kremlin: 'What the Kremlin said', then what the article says about it", async () => {
    const t = realBot();
    await t.send("/quotes kremlin");
    const text = lastText(t);
    expect(text).toMatch(/^What the Kremlin said\n/);
    expect(text).toContain("What the article says about the Kremlin");
  });

  it("/quotes erdogan and /quotes netanyahu", async () => {
    const t = realBot();
    await t.send("/quotes erdogan");
    expect(lastText(t)).toBe(
      "The article mentions Recep Tayyip Erdogan (Turkish leader) but reports nothing they said.",
    );
    await t.send("/quotes netanyahu");
    expect(lastText(t)).toMatch(/^The article does not mention “netanyahu”\./);
  });

  it("the roster counts only reported statements and leaves Moscow out", async () => {
    const t = realBot();
    await t.send("/quotes");
    const text = lastText(t);
    expect(text).not.toContain("Moscow");
    expect(text).toContain("The Kremlin, The Russian presidential administration: 1 statement");
  });
});
