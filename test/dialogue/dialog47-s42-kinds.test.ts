// dialog47 (session 42): kinds wave BV's English dialogues missed — a maker guessed for a thing the article names
// without one ("was the Quartet set up by the UN?" was a false Yes; maker-asked.ts), "n the us?" as "and the us?"
// (chat-shorthand.ts), "why is that notable?" as a bare why (words-en.ts), "that policy" as the policy the last
// question named (that-policy.ts), the ceasefire's time frame (ceasefire-timing.ts). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("a maker guessed for a thing the article names without one", () => {
  it("is doesn't say, first or after the Quartet; its purpose stays the entry's", () => {
    expect(lastVerdict(["was the quartet established by russia?"])).toBe("not-said");
    expect(lastVerdict(["did the EU found the quartet?"])).toBe("not-said");
    expect(lastVerdict(["what is the quartet?", "was it set up by the EU?"])).toBe("not-said");
    expect(lastVerdict(["who is in the quartet", "did the UN create it?"])).toBe("not-said");
    expect(lastVerdict(["is russia in the quartet?"])).toBe("yes");
  });
});

describe("follow-ups the engine split between entries", () => {
  it("'n the us?' is 'and the us?'", () => {
    const a = lastAnswer(["what did putin say about a palestinian state", "n the us?"]);
    expect(a.answer.answered).toBe(true);
    expect(a.answer.answer).toMatch(/United States|US/);
  });
  it("'why is that notable?' after Putin's silence on Russia's role reads against it", () => {
    const a = lastAnswer([
      "Did Putin mention Russia's own role in the peace process?",
      "Why is that notable?",
    ]);
    expect(a.answer.answered).toBe(true);
    expect(a.answer.answer).toMatch(/Quartet/);
  });
  it("'that policy' after US policy is US policy", () => {
    const a = lastAnswer([
      "What does Putin see as proof that US policy failed?",
      "What part of that policy does he single out?",
    ]);
    expect(a.answer.answered).toBe(true);
    expect(a.answer.answer).toMatch(/monopoliz|Palestin|compromis/);
  });
});

describe("the ceasefire's time frame", () => {
  it("is the immediate ceasefire Putin calls for, in both languages; a ceasefire that began is not", () => {
    for (const q of ["time frame for the ceasefire?", "when should the truce start?", "ceasefire timeline?"])
      expect(lastAnswer(["what did putin discuss with erdogan", q]).answer.answer).toMatch(/immediate/);
    expect(lastAnswer(["в какие сроки нужно прекращение огня?"], "ru").answer.answer).toMatch(/немедлен/);
    expect(lastAnswer(["when did the ceasefire start?"]).answer.answer).not.toMatch(/urgent need/);
  });
});
