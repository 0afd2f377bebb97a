// dialog20: who placed the reported call and calls the article does not report (call-initiator.ts, call-party.ts:
// "doesn't say", never Yes), a wish put in other words than the passage's (passage-paraphrase.ts: "the fighting
// to stop immediately" is the immediate ceasefire, Yes), Russian "чтобы … прекратились" as a wish (answer-type.ts),
// and "and the US?" after a mention the article says was not made. Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { inPassageWords, inPassageWordsRu } from "../../src/dialogue/passage-paraphrase.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("who placed the call (call-initiator.ts)", () => {
  it("is 'doesn't say' with the call as evidence, never Yes", () => {
    expect(lastVerdict(["did Erdogan place that call?"])).toBe("not-said");
    expect(lastVerdict(["what did Putin tell Erdogan?", "was it Putin who phoned?"])).toBe("not-said");
    expect(lastVerdict(["what did Putin tell Erdogan?", "who rang first?"])).toBe("not-said");
    expect(lastVerdict(["о чём Путин говорил с Эрдоганом?", "это Путин ему позвонил?"], "ru")).toBe(
      "not-said",
    );
    expect(lastVerdict(["по чьей инициативе был звонок?"], "ru")).toBe("not-said");
    const dialled = lastAnswer(["who dialled whom, Putin or Erdogan?"]);
    expect(dialled.verdict).toBe("not-said");
    expect(dialled.answer.answer).toMatch(/phone call with .*Erdogan/);
  });

  it("leaves the call for a ceasefire and the plain call alone", () => {
    expect(lastVerdict(["who made the call for a ceasefire?"])).not.toBe("not-said");
    expect(lastVerdict(["Putin spoke to Erdogan on the phone, right?"])).toBe("yes");
  });
});

describe("a call with another party (call-party.ts; dialog42: No; dialog52's convention: a bare call doesn't say)", () => {
  it("is doesn't say for whether he called someone else or one more, No by the call's matter", () => {
    expect(lastVerdict(["did Putin phone the American president?"])).toBe("not-said");
    expect(lastVerdict(["Путин звонил премьеру Израиля?"], "ru")).toBe("not-said");
    expect(lastVerdict(["Путин звонил премьеру Израиля насчёт перемирия?"], "ru")).toBe("no");
    expect(lastVerdict(["who did putin call", "did he call biden too?"])).toBe("not-said");
    expect(lastVerdict(["кому звонил путин", "а байдену тоже звонил?"], "ru")).toBe("not-said");
  });

  it("stays No for the reported call given another party", () => {
    expect(lastVerdict(["was that phone call with the Israeli prime minister?"])).toBe("no");
    expect(lastVerdict(["Путин обсуждал это по телефону с президентом США?"], "ru")).toBe("no");
  });
});

describe("a wish in other words than the passage's (passage-paraphrase.ts)", () => {
  it("puts the paraphrase in the passage's words inside a wish or a call only", () => {
    expect(inPassageWords("would putin like the shelling to end now?")).toBe(
      "would putin like an immediate ceasefire?",
    );
    expect(inPassageWords("is he urging the violence to halt at once?")).toBe(
      "is he urging an immediate ceasefire?",
    );
    expect(inPassageWords("does he back restarting the peace talks?")).toBe(
      "does he back the resumption of the negotiation process?",
    );
    expect(inPassageWords("did the fighting stop?")).toBe("did the fighting stop?");
    expect(inPassageWordsRu("он требует, чтобы сразу прекратилась стрельба?")).toBe(
      "он требует немедленного прекращения огня?",
    );
  });

  it("is Yes on the ceasefire and the talks, No on the opposite", () => {
    expect(lastVerdict(["does Putin want the bloodshed to end right away?"])).toBe("yes");
    expect(lastVerdict(["is he pressing for the talks to get going again?"])).toBe("yes");
    expect(lastVerdict(["is Putin in favour of the war going on?"])).not.toBe("yes");
    expect(lastVerdict(["Путин требует, чтобы бои немедленно прекратились?"], "ru")).toBe("yes");
  });
});

describe("'and the US?' after a mention the article says was not made", () => {
  it("asks about the US in its own right, not as a member of the list the evidence quotes", () => {
    const reply = lastAnswer(["did Putin talk about Russia's own part?", "and the US?"]);
    expect(reply.answer.answer).not.toMatch(/no mention/);
    expect(reply.answer.answer).toMatch(/United States/);
  });
});
