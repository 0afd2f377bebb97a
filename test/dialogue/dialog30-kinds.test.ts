// dialog30: a bare guilt asked of a party ("а Израиль виноват?", "is Hamas at fault then"), a shorthand auxiliary
// ("r there fears…"), the rest of a region as the feared spread's destination, contentment asked of Putin ("is he
// happy with…", "ему нравится…"), "where" after "what does it say about the victims", a first name asked after a
// person, "longer pls", "ну тогда про что статья", "и что надо делать". Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { bareFollowUpOf } from "../../src/dialogue/bare-follow-up.js";
import { withAuxiliarySpelledOut } from "../../src/dialogue/chat-shorthand.js";
import { guiltAskedOf } from "../../src/dialogue/guilt-asked.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realParties } from "../helpers/engine.js";

const verdictOf = lastVerdict;

describe("a guilt asked of a party the evidence does not blame", () => {
  it("is doesn't say, never the blame entry's Yes", () => {
    expect(verdictOf(["кого путин считает виноватым", "а ХАМАС тоже виноват?"], "ru")).toBe("not-said");
    expect(verdictOf(["кого путин считает виноватым", "а израиль виноват?"], "ru")).toBe("not-said");
    expect(verdictOf(["who is putin blaming", "is hamas at fault then"])).toBe("not-said");
    expect(verdictOf(["who is putin blaming", "and are the israelis to blame?"])).toBe("not-said");
  });

  it("reads the guilt as Putin's view, and leaves the party he blames to the usual readers", () => {
    expect(guiltAskedOf("а египет виноват?", realParties)).toBe("египет виноват по мнению Путина?");
    expect(guiltAskedOf("and is iran to blame too?", realParties)).toBe(
      "is iran to blame according to Putin?",
    );
    expect(guiltAskedOf("а сша виноваты?", realParties)).toBeNull();
    expect(guiltAskedOf("а кто виноват?", realParties)).toBeNull();
  });
});

describe("a yes/no opened with chat shorthand", () => {
  it("spells the auxiliary out and answers the feared spread Yes", () => {
    expect(withAuxiliarySpelledOut("r there worries it widens")).toBe("are there worries it widens");
    expect(withAuxiliarySpelledOut("rn who leads")).toBe("rn who leads");
    expect(verdictOf(["r folks afraid the fighting spills beyond gaza"])).toBe("yes");
    expect(verdictOf(["is anybody worried the war spreads to the rest of the region"])).toBe("yes");
  });
});

describe("contentment asked of Putin", () => {
  it("is No of the party he faults, doesn't say of one he does not", () => {
    expect(verdictOf(["is putin happy with the americans"])).toBe("no");
    expect(verdictOf(["путину нравятся действия сша?"], "ru")).toBe("no");
    expect(verdictOf(["доволен ли путин эрдоганом?"], "ru")).toBe("not-said");
    expect(verdictOf(["is putin satisfied with erdogan?"])).toBe("not-said");
  });
});

describe("short follow-ups", () => {
  it("reads a first name, a longer answer, a way out", () => {
    const after = () => true;
    expect(bareFollowUpOf("and his full name?", "en", after)).toBe("who is he?");
    expect(bareFollowUpOf("как его зовут?", "ru", after)).toBe("кто он?");
    expect(bareFollowUpOf("so what should be done now", "en", after)).toBe(
      "how can the conflict be resolved?",
    );
    expect(bareFollowUpOf("и что же нужно сделать", "ru", after)).toBe("как разрешить конфликт?");
  });

  it("answers them in context", () => {
    expect(lastAnswer(["who is the kremlin spokesperson", "first name?"]).answer.answer).toMatch(/Dmitry/);
    expect(lastAnswer(["a one-line summary please", "a bit longer"]).answer.kind).toBe("summary");
    expect(lastAnswer(["как испечь пирог", "ну тогда о чём статья?"], "ru").answer.kind).toBe("summary");
    expect(lastAnswer(["what does the story say about the victims", "where"]).answer.answer).toMatch(/Gaza/);
    expect(lastAnswer(["что путин сказал эрдогану", "и что теперь надо делать"], "ru").answer.entry?.id).toBe(
      "how-to-resolve",
    );
  });
});
