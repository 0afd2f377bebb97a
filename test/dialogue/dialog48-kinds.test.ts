// dialog48: kinds wave Y's dialogues missed — an English message holding "pro" read as transliterated Russian
// (answering/russian/normalise.ts); a criticism of a target the article does not name, doesn't say, a blame still
// No (agent-swap.ts); "and erdogan?" / «а с эрдоганом?» after a call asked with an unnamed party (call-party.ts,
// follow-up.ts); "X's bit" (answering/contractions.ts); «вместо этого»/«взамен» (russian/words.ts); "is that the
// main thing…, or is there more?" (sole-point.ts); a point the last quote states, "is that part of it too?"
// (includes-asked.ts); "did putin mention russia's role in it?" (unmentioned.ts); "is that also why…?"
// (same-reason.ts); «про X это тоже его слова?», «в статье говорится что…», a claim's part asked
// (follow-up-forms.ts); «с чего израилю ей верить» (ties-swap.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { looksTransliterated } from "../../src/answering/russian/normalise.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

describe("language of a Latin message with 'pro'", () => {
  it("is English beside an English function word, transliterated Russian without one", () => {
    expect(looksTransliterated("is putin pro israel or pro palestine")).toBe(false);
    expect(looksTransliterated("chto putin govoril pro ssha")).toBe(true);
    const en = lastAnswer(["so putin = pro israel or pro the palestinians??"]);
    expect(en.answer.lang).toBe("en");
  });
});

describe("a charge on a target the article does not name", () => {
  // dialog36's blame convention: a blame or a criticism of a party he is never reported to fault is doesn't say.
  it("a criticism or a blame is doesn't say; a criticism with the evidence's matter stays No", () => {
    expect(lastVerdict(["who does putin blame?", "did he criticise israel?"])).toBe("not-said");
    expect(lastVerdict(["путин критикует израиль?"], "ru")).toBe("not-said");
    expect(lastVerdict(["did putin blame israel?"])).toBe("not-said");
    expect(lastVerdict(["so putin criticizes israel for monopolizing the peace efforts?"])).toBe("no");
  });
});

describe("the call's own party after a call asked with another", () => {
  it("is Yes, and 'why?' after it is the call's purpose", () => {
    expect(lastVerdict(["did putin ring netanyahu?", "and erdogan?"])).toBe("yes");
    expect(lastVerdict(["путин созванивался с нетаньяху?", "а с эрдоганом?"], "ru")).toBe("yes");
    expect(lastVerdict(["путин звонил байдену?", "а эрдогану?"], "ru")).toBe("yes");
    expect(lastAnswer(["did putin ring netanyahu?", "and erdogan?", "why?"]).answer.answer).toMatch(
      /ceasefire/,
    );
  });
});

describe("follow-ups that were 'not sure which you mean'", () => {
  it("'X's take' is what X said; «вместо этого» is what he wants", () => {
    const take = lastAnswer(["who did putin call?", "ok, and what was peskov's take"]).answer;
    expect(take.quotes.map((q) => q.text).join(" ")).toMatch(/constructive/);
    expect(lastAnswer(["путин винит сша?", "а что он хочет вместо этого?"], "ru").answer.entry?.id).toBe(
      "what-putin-wants",
    );
  });
  it("'the main thing…, or is there more?' is No with the entry giving his other points", () => {
    const more = lastAnswer([
      "does putin say the us neglected palestinian interests?",
      "is that the main complaint he has about america, or are there others?",
    ]);
    expect(more.verdict).toBe("no");
    expect(more.answer.answer).toMatch(/monopoliz/);
  });
});

describe("points of the last answer", () => {
  it("a point its quote states is Yes; the no-mention of Russia's role after the Quartet is No", () => {
    expect(
      lastVerdict([
        "what does russia's foreign ministry call for?",
        "direct israeli-palestinian dialogue, is that part of it as well?",
      ]),
    ).toBe("yes");
    const role = lastAnswer([
      "which countries form the quartet?",
      "did putin bring up russia's own role in it?",
    ]);
    expect(role.verdict).toBe("no");
    expect(role.answer.answer).toMatch(/mention/);
  });
  it("'is that also why…' of another side's ties is No with its own reason", () => {
    const other = lastAnswer([
      "why does russia get on with israel?",
      "is that also the reason it's close to hamas?",
    ]);
    expect(other.verdict).toBe("no");
    expect(other.answer.answer).toMatch(/long-standing/);
  });
});

describe("Russian word orders and frames", () => {
  it("«про X это тоже его слова?» is the voice check; «в статье говорится что…» is the claim", () => {
    expect(
      lastVerdict(["что говорит песков?", "а про возобновление переговоров это тоже он сказал?"], "ru"),
    ).toBe("no");
    expect(lastVerdict(["в статье говорится, что иран входит в квартет?"], "ru")).toBe("no");
    expect(
      lastAnswer(["как москва себя позиционирует?", "а с чего израилю ей доверять?"], "ru").answer.entry?.id,
    ).toBe("russia-israel-ties");
  });
  it("a claim told first and one part of it asked", () => {
    expect(
      lastVerdict([
        "my cousin says that putin rejects a palestinian state and likes hamas. is she right about the state part?",
      ]),
    ).toBe("no");
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("answers 'and erdogan?' after a call with an unnamed party in one chat", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send("did putin phone biden?");
    // dialog52's convention: a bare call with another party is "doesn't say", with the Erdogan call.
    expect(visibleText(t.api.lastReply())).not.toMatch(/\bNo\. /);
    expect(visibleText(t.api.lastReply())).toMatch(/Erdogan/);
    await t.send("and erdogan?");
    expect(visibleText(t.api.lastReply())).toMatch(/\bYes\.\s[\s\S]*Erdogan/);
    expectValidOutput(t.api);
  });
});
