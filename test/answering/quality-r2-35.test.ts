// quality-r2-35's kinds, in wordings of our own: Putin's message to Erdogan as a noun and what they were agreeing
// (typed names, «кста»), which violence Putin means (the violence itself), why it all happened by Putin's word (his
// reading of the surge), which solution Hamas or Israel needs (refused: their word is not reported), and a private
// detail asked alone (the story in one line, no unrelated card). Readers stay linear. The engine's figures are the
// probes' (probes-en72, probes-ru73).
import { describe, expect, it } from "vitest";
import { asCallOutcome, asRussianCallOutcome } from "../../src/answering/call-outcome.js";
import { asPartyNeeds, asRussianPartyNeeds } from "../../src/answering/party-needs.js";
import { asRussianViolenceMeant, asViolenceMeant } from "../../src/answering/violence-meant.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEachInputFast } from "../helpers/long-input.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : `-${a.reason}`;
};

describe("quality-r2-35's readers", () => {
  it("reads Putin's message to Erdogan as what he told him; Erdogan's words as unreported", () => {
    expect(asCallOutcome("putins words for erdogan")).toBe("what did putin tell erdogan");
    expect(asCallOutcome("what did erdogan tell putin")).toBe("what did erdogan say");
    expect(asCallOutcome("putin message to biden")).toBe("putin message to biden");
    expect(asRussianCallOutcome("что путин донес эрдогану")).toBe("что путин сказал эрдогану");
    expect(asRussianCallOutcome("путн и эрдогн о чем договаривались")).toBe("что путин сказал эрдогану");
    expect(asRussianCallOutcome("что эрдоган ответил")).toBe("что сказал эрдоган");
  });
  it("reads which violence Putin means as the violence itself, why it happened as his reading", () => {
    expect(asViolenceMeant("which bloodshed is putin even referring to")).toBe("how bad is the violence");
    expect(asViolenceMeant("why did it all start according to putin?")).toBe(
      "what does putin think is behind the surge in violence",
    );
    expect(asViolenceMeant("what violence is the article talking about")).toBe(
      "what violence is the article talking about",
    );
    expect(asRussianViolenceMeant("про какое насилие говорит путин")).toBe("насколько серьезно насилие");
    expect(asRussianViolenceMeant("и почему же это все произошло, по мнению путина?")).toBe(
      "почему, по словам путина, произошла эскалация",
    );
    expect(asRussianViolenceMeant("почему это все произошло")).toBe("почему это все произошло");
  });
  it("reads the solution Hamas or Israel needs as their unreported word; other voices as typed", () => {
    expect(asPartyNeeds("which deal would hamas accept")).toBe("what does hamas say");
    expect(asPartyNeeds("what outcome do the israelis want")).toBe("how did israel's government respond");
    expect(asPartyNeeds("what solution does putin want")).toBe("what solution does putin want");
    expect(asRussianPartyNeeds("какой мир нужен израилю")).toBe("как ответило правительство израиля");
    expect(asRussianPartyNeeds("какое соглашение устроит хамас")).toBe("что говорит сам хамас");
    expect(asRussianPartyNeeds("какое решение нужно путину")).toBe("какое решение нужно путину");
  });
});

describe("quality-r2-35 through the engine", () => {
  it("answers the call, the violence and Putin's reading; refuses the sides' needs and private details", () => {
    expect(entryOf("russian president's words to erdogan")).toBe("putin-erdogan-call");
    expect(entryOf("о чем договаривались путин с эрдоганом кста")).toBe("putin-erdogan-call");
    expect(entryOf("what fighting does putin mean")).toBe("violence-escalating");
    expect(entryOf("из-за чего все это произошло по версии путина")).toBe("us-policy-failure");
    expect(engine.findAnswer("which solution does hamas want").answered).toBe(false);
    expect(engine.findAnswer("какой выход нужен израилю").answered).toBe(false);
    const food = engine.findAnswer("haha what does putin like to eat, his favourite meal");
    expect(food.answered).toBe(false);
    expect(food.quotes).toEqual([]);
  });
});

describe("quality-r2-35's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    `putin ${"message ".repeat(1000)}to erdogan`,
    `what violence is putin ${"even ".repeat(1000)}talking about`,
    `why did this all happen ${"according to ".repeat(500)}putin`,
    `what solution does ${"hamas ".repeat(1000)}need`,
    `о каком ${"насилии ".repeat(1000)}говорит путин`,
    `почему все ${"это ".repeat(1000)}случилось по словам путина`,
    `какое ${"решение ".repeat(1000)}нужно хамасу`,
    `послание ${"путина ".repeat(1000)}эрдогану`,
  ];
  it.each([
    ["call outcome", asCallOutcome],
    ["russian call outcome", asRussianCallOutcome],
    ["violence meant", asViolenceMeant],
    ["russian violence meant", asRussianViolenceMeant],
    ["party needs", asPartyNeeds],
    ["russian party needs", asRussianPartyNeeds],
  ])("%s", (_name, read) => {
    expectEachInputFast(read, inputs, 500);
  });
});
