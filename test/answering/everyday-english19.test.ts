// The kinds quality-en19 fixed, in words of our own: a voice's message asked as a noun, hedge words, why a Russian
// voice is fit to mediate, Russia's Quartet membership asked of Putin's remarks, a size of a few sentences in
// Russian, "из за чего" as "почему", Russian stance frames, Russian phone-call and claim words. Guards: unknown voices,
// a membership question without Putin, a why with no fitness word, and a fuss after "из за чего" stay as they were.
import { describe, expect, it } from "vitest";
import { withoutHedges } from "../../src/answering/hedge-words.js";
import { asMediatorFit } from "../../src/answering/mediator-fit.js";
import { asOwnRoleMention } from "../../src/answering/own-role-mention.js";
import { causeAsWhy } from "../../src/answering/russian/cause-question.js";
import { asVoiceMessage } from "../../src/answering/voice-message.js";
import { realEngine as engine } from "../helpers/engine.js";

const ask = (q: string) => engine.findAnswer(q);
const answerOf = (q: string) => {
  const a = ask(q);
  // The answer with its quotes: a voice's statement is given as the voice's quotes under one line.
  return a.answered ? `${a.answer} ${JSON.stringify(a.quotes ?? [])}` : `(refused: ${a.reason})`;
};

describe("a voice's message as a noun (voice-message.ts)", () => {
  it.each([
    ["what was the kremlin's key message", "what did the kremlin say"],
    ["What were Putin's remarks about gaza?", "what did Putin say about gaza"],
    ["what message did the foreign ministry send", "what did the foreign ministry say"],
  ])("reads %s as %s", (q, read) => expect(asVoiceMessage(q)).toBe(read));
  it("keeps other voices and other nouns as typed", () => {
    expect(asVoiceMessage("what was biden's message")).toBe("what was biden's message");
    expect(asVoiceMessage("what was the article's message")).toBe("what was the article's message");
  });
  it("answers a ministry's message with the ministry's statement", () => {
    expect(answerOf("so what was the russian foreign ministry's message")).toMatch(
      /coordinat|regional players/i,
    );
    expect(answerOf("what was macron's message on gaza")).toMatch(/^\(refused/);
  });
});

describe("hedge words (hedge-words.ts)", () => {
  it("drops them and keeps the rest", () => {
    expect(withoutHedges("what did the us supposedly ignore")).toBe("what did the us ignore");
    expect(withoutHedges("who is putin")).toBe("who is putin");
  });
  it("answers a question that holds one", () => {
    expect(answerOf("which palestinian hope did america allegedly neglect")).toMatch(
      /independent state|aspiration/i,
    );
  });
});

describe("why a Russian voice is fit to mediate (mediator-fit.ts)", () => {
  it.each([
    "why does the kremlin reckon it's ideally placed to mediate",
    "what makes moscow believe it can broker a deal",
    "how come russia thinks it's the right go-between",
  ])("reads %s as the mediator reason", (q) => {
    expect(asMediatorFit(q)).toBe("why is russia a good mediator");
    expect(answerOf(q)).toMatch(/relationship|ties|both/i);
  });
  it("leaves questions without a reason or a fitness word, and other voices", () => {
    expect(asMediatorFit("does the kremlin want to mediate")).toBe("does the kremlin want to mediate");
    expect(asMediatorFit("why does russia want to mediate")).toBe("why does russia want to mediate");
    expect(asMediatorFit("why is china well placed to mediate")).toBe("why is china well placed to mediate");
  });
});

describe("Russia's Quartet membership in Putin's remarks (own-role-mention.ts)", () => {
  it("answers that Putin makes no mention of Russia's own role", () => {
    expect(answerOf("did putin touch on russia's quartet membership")).toMatch(/no mention|not mention/i);
    expect(answerOf("what did the russian president say about moscow's place in the quartet")).toMatch(
      /no mention|not mention/i,
    );
  });
  it("keeps a membership question without Putin", () => {
    expect(asOwnRoleMention("is russia's membership of the quartet old")).toBe(
      "is russia's membership of the quartet old",
    );
    expect(answerOf("is russia a member of the quartet")).toMatch(/european union/i);
  });
});

describe("Russian: sizes of a few, cause phrases, stance frames, call and claim words", () => {
  it.each(["суть статьи в двух фразах", "изложи текст тремя предложениями", "о чем статья в паре строк"])(
    "reads %s as the summary",
    (q) => expect(ask(q).kind).toBe("summary"),
  );
  it("reads из за чего / по какой причине as почему, but not before a fuss word", () => {
    expect(causeAsWhy(["из", "за", "чего", "путин", "винит", "сша"])).toEqual([
      "почему",
      "путин",
      "винит",
      "сша",
    ]);
    expect(causeAsWhy(["по", "какой", "причине", "путин", "звонил"])).toEqual(["почему", "путин", "звонил"]);
    expect(causeAsWhy(["из", "за", "чего", "весь", "шум"])).toEqual(["из", "за", "чего", "весь", "шум"]);
  });
  it("answers a Putin-view why with his reason, and the call and the mediator claim", () => {
    expect(answerOf("почему по мнению путина насилие усилилось")).toMatch(/провал|сша/i);
    expect(answerOf("что putin говорил erdogan на звонке")).toMatch(/огня|переговор/i);
    expect(answerOf("россия претендует на роль посредника?")).toMatch(/посредни|беспристраст/i);
  });
});
