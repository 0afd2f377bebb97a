// dialog29b (session 29): the follow-up readings dialogues54 missed, in our own wordings. Whether a view is one
// voice's or shared (the roster of voices), a disbelief tag after a question in the same message, the asker's
// guessed name after "who said it", a thing the last answer's voice also mentioned, and a bare keyword query of the
// Foreign Ministry and the conflict.
import { describe, expect, it } from "vitest";
import { asMinistryKeywords, asRussianMinistryKeywords } from "../../src/answering/ministry-keywords.js";
import { isDisbeliefTag } from "../../src/dialogue/disbelief-tag.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { fold } from "../../src/dialogue/language.js";
import { sharedViewAsked } from "../../src/dialogue/shared-view.js";
import { lastAnswer, lastEntry, lastVerdict, playChat } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("one voice's view or a shared one", () => {
  it("is read as the roster question, English and Russian", () => {
    for (const q of [
      "is this only the president's opinion or the kremlin's too?",
      "does the whole russian government agree?",
      "anybody else in moscow on board with that?",
    ])
      expect(sharedViewAsked(fold(q), "en"), q).not.toBeNull();
    for (const q of [
      "это лишь позиция путина?",
      "а кроме путина кто так же считает?",
      "всё правительство с ним согласно?",
    ])
      expect(sharedViewAsked(fold(q), "ru"), q).not.toBeNull();
  });

  it("leaves other questions with 'only' or 'else' alone", () => {
    for (const q of [
      "is that true?",
      "who else spoke?",
      "was that the only phone call",
      "what else did he want",
    ])
      expect(sharedViewAsked(fold(q), "en"), q).toBeNull();
    for (const q of ["кто ещё высказался?", "это только про газу?", "только путин?"])
      expect(sharedViewAsked(fold(q), "ru"), q).toBeNull();
  });

  it("answers with every Russian voice the article reports, through the bot", async () => {
    const t = createTestBot({
      kb: realKb,
      engine: realEngine,
      conversation: loadConversation(REAL_KB_DIR, realKb),
    });
    await t.send("what is putin asking for?");
    await t.send("is this only the president's opinion or the kremlin's too?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/Peskov/);
    expect(text).toMatch(/Foreign Ministry/);
    expectValidOutput(t.api);
  });
});

describe("a disbelief tag after a question in the same message", () => {
  it("is no question of its own", () => {
    for (const q of ["seriously?", "come on", "yeah right lol", "ну-ну", "да ладно", "серьёзно?!"])
      expect(isDisbeliefTag(q), q).toBe(true);
    for (const q of ["why?", "and israel?", "who said that?", "а почему?"])
      expect(isDisbeliefTag(q), q).toBe(false);
  });

  it("leaves one answer, not the same one twice", () => {
    const turns = playChat(
      ["does moscow have links to hamas?", "and moscow calls itself impartial? give me a break"],
      { lang: "en" },
    );
    const last = turns.at(-1)!;
    expect(last.replies).toHaveLength(1);
    expect(JSON.stringify(last.replies[0])).toMatch(/impartial/);
    const ru = playChat(
      ["у москвы есть связи с хамасом?", "и она называет себя нейтральным посредником? да ладно"],
      {
        lang: "ru",
      },
    ).at(-1)!;
    expect(ru.replies).toHaveLength(1);
  });
});

describe("the asker's guessed name after 'who said it'", () => {
  it("is doesn't say after the Foreign Ministry's words (a body speaks through people it need not name)", () => {
    expect(
      lastVerdict(["what is the foreign ministry asking for?", "who specifically said that, lavrov?"]),
    ).toBe("not-said");
    expect(lastVerdict(["что предлагает мид россии?", "а кто именно это заявил, лавров?"], "ru")).toBe(
      "not-said",
    );
  });

  it("is No after a person's words, naming whose they are", () => {
    const a = lastAnswer(["what does peskov say?", "who exactly said that, zakharova?"]);
    expect(a.verdict).toBe("no");
    expect(a.answer.answer).toMatch(/Peskov/);
  });
});

describe("a thing the last answer's voice also mentioned", () => {
  it("is Yes when the last answer's quotes report it", () => {
    expect(
      lastVerdict(["what was putin's call with erdogan about?", "did he also raise negotiations?"]),
    ).toBe("yes");
    expect(
      lastVerdict(["о чём был звонок путина эрдогану?", "а про переговоры он тоже говорил?"], "ru"),
    ).toBe("yes");
  });

  it("leaves a thing the quotes lack, or another voice, to the usual path", () => {
    expect(
      lastVerdict(["what was putin's call with erdogan about?", "did he also mention russia's own role?"]),
    ).toBe("no");
    expect(
      lastEntry(["what was putin's call with erdogan about?", "did peskov mention negotiations?"]),
    ).not.toBe("putin-erdogan-call");
  });
});

describe("a bare keyword query of the Foreign Ministry and the conflict", () => {
  it("asks what the ministry calls for", () => {
    expect(asMinistryKeywords("mfa statement israel gaza")).toMatch(/foreign ministry/);
    expect(asRussianMinistryKeywords("заявление мида рф по газе и израилю")).toMatch(/мид/);
    expect(lastEntry(["moscow foreign ministry position on the israel hamas war"])).toBe(
      "foreign-ministry-position",
    );
    expect(lastEntry(["мид россии позиция хамас израиль"], "ru")).toBe("foreign-ministry-position");
  });

  it("leaves a question, a verb or another name as typed", () => {
    expect(asMinistryKeywords("which regional players does the mfa mean")).toBe(
      "which regional players does the mfa mean",
    );
    expect(asMinistryKeywords("mfa iran israel")).toBe("mfa iran israel");
    expect(asRussianMinistryKeywords("мид назвал страны региона")).toBe("мид назвал страны региона");
  });
});
