// dialog-r2-29b (session 29): wrong-name guesses in the chat, in our own wordings. The call's party asked with a
// guess joined by a comma (guessed-call-party.ts), a stranger guessed as the last answer's doer (guessed-doer.ts),
// a Russian particle after the person in a country check (person-country.ts).
import { describe, expect, it } from "vitest";
import { withoutQuoteRequest } from "../../src/answering/quote-request.js";
import { articleAboutOf } from "../../src/dialogue/article-about-ru.js";
import { callPartyGuessed } from "../../src/dialogue/guessed-call-party.js";
import { guessedDoerOf } from "../../src/dialogue/guessed-doer.js";
import { offeredAnswerOf } from "../../src/dialogue/offered-answer.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";

describe("the call's party asked with a guess in the same breath", () => {
  it("is read as the call's who-question with a guess, English and Russian", () => {
    for (const q of [
      "so who was he on the phone with, was it netanyahu?",
      "who did putin talk to over the phone - biden perhaps?",
      "who was putin's call with, maybe sunak?",
      "с кем он разговаривал по телефону, с байденом?",
      "кому путин звонил, шольцу?",
    ])
      expect(callPartyGuessed(q), q).toBe(true);
    for (const q of ["who did putin blame, the us?", "who is peskov?", "с кем у россии связи, с хамасом?"])
      expect(callPartyGuessed(q), q).toBe(false);
  });

  it("is a No naming the call's own party, and a stranger asked alone is still refused", () => {
    expect(lastVerdict(["so who was he on the phone with, was it netanyahu?"])).toBe("no");
    expect(lastEntry(["so who was he on the phone with, was it netanyahu?"])).toBe("putin-erdogan-call");
    expect(lastVerdict(["с кем он разговаривал по телефону, с байденом?"], "ru")).toBe("no");
    expect(lastAnswer(["what is sunak's view on the war?"]).answer.answered).toBe(false);
  });

  it("keeps the guess's hedging out of an offered answer", () => {
    expect(offeredAnswerOf("who is to blame, maybe the us?")).toBe("is the us to blame?");
  });

  it("says No and names Erdogan through the bot", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("who did putin talk to over the phone - biden perhaps?");
    const text = visibleText(t.api.lastReply());
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Erdogan/);
    expectValidOutput(t.api);
  });
});

describe("a stranger guessed as the last answer's doer", () => {
  it("reads the guess only where the act points back", () => {
    expect(guessedDoerOf("is it sunak calling for that?", false)).toBe("sunak");
    expect(guessedDoerOf("so is obama the one pushing for it", false)).toBe("obama");
    expect(guessedDoerOf("это шольц к этому призывает?", true)).toBe("шольц");
    expect(guessedDoerOf("what does sunak think?", false)).toBeNull();
    expect(guessedDoerOf("is it sunak?", false)).toBeNull();
  });

  it("is a No with the last answer as the evidence, without its own Yes", () => {
    const a = lastAnswer(["is putin asking for a truce?", "is it sunak calling for that?"]);
    expect(a.verdict).toBe("no");
    expect(a.answer.answer).not.toMatch(/^Yes/);
    expect(a.answer.answer).toMatch(/Putin/);
    expect(lastVerdict(["прекращение огня", "это шольц к этому призывает?"], "ru")).toBe("no");
  });

  it("leaves a name the article uses to the other readers", () => {
    expect(lastVerdict(["is putin asking for a truce?", "is it peskov calling for that?"])).not.toBe("no");
  });
});

describe("a Russian particle after the person in a country check", () => {
  it("reads «он ведь из …?» as the country asked", () => {
    expect(lastVerdict(["с кем путин говорил по телефону?", "он ведь из турции?"], "ru")).toBe("yes");
    expect(lastVerdict(["с кем путин говорил по телефону?", "он же из ирана?"], "ru")).toBe("no");
  });
});

describe("the story asked for after an off-topic turn", () => {
  it("reads 'what news do you have' as the story in brief, and still refuses a stranger's news", () => {
    const a = lastAnswer(["can you fix my bike", "fine, what news do you have then"]);
    expect(a.answer.answered).toBe(true);
    expect(a.answer.answer).toMatch(/Putin/);
    expect(a.answer.answer).toMatch(/Gaza|Israel/);
    expect(lastAnswer(["what news do you have about venezuela"]).answer.answered).toBe(false);
  });

  it("reads «тогда» and «там» before «что в статье про …» as glue", () => {
    expect(articleAboutOf("ну хорошо, тогда что в статье про хамас")).toBe("хамас в статье");
    expect(articleAboutOf("а что там в тексте про израиль?")).toBe("израиль в статье");
    expect(articleAboutOf("тогда что про сша")).toBeNull();
    expect(lastEntry(["какой фильм посмотреть?", "ладно, тогда что там в статье про сша"], "ru")).toBe(
      "putin-on-us",
    );
  });
});

describe("a bare quote request after a comma or a dash", () => {
  it("is taken off where a question is left, and the stance is answered", () => {
    expect(withoutQuoteRequest("what did peskov say about the kremlin's role, quote plz")).toBe(
      "what did peskov say about the kremlin's role?",
    );
    expect(withoutQuoteRequest("how does putin see washington — exact words please")).toBe(
      "how does putin see washington?",
    );
    expect(withoutQuoteRequest("the quote, please")).toBe("the quote, please");
    expect(
      realEngine.findAnswer("what did putin say about american policy, a quote please", "en").entry?.id,
    ).toBe("putin-on-us");
  });
});
