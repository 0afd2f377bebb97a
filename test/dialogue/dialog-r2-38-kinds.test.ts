// dialog-r2-38 (session 38): false verdicts — "is that true?" after a "doesn't say" carries it; the call's partner
// asked to have said something ("did he bring up a ceasefire?" after "who is erdogan") is doesn't say, not the
// caller's Yes; «он говорил о переговорах?» is no one told; "has it already spread" as typed in Russian; "does he say
// when …" is doesn't say.
import { beforeAll, describe, expect, it } from "vitest";
import { SAID_TO_RU } from "../../src/dialogue/call-party-phrasings.js";
import { carriedVerdict } from "../../src/dialogue/carried-verdict.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastAnswer, lastVerdict, playChat } from "../helpers/dialogue.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

beforeAll(() => {
  lastAnswer(["who did putin call"]);
}, 120_000);

describe("is that true? after a yes/no answer", () => {
  it("carries the verdict just given", () => {
    const context = { verdict: "not-said" } as DialogueContext;
    expect(carriedVerdict(context, true)).toBe("not-said");
    expect(carriedVerdict({ verdict: "no" } as DialogueContext, true)).toBe("no");
    expect(carriedVerdict({ verdict: null } as DialogueContext, true)).toBe("yes");
    expect(carriedVerdict({ verdict: "yes" } as DialogueContext, false)).toBe("not-said");
  });
  it("keeps a doesn't say in a chat", () => {
    const verdictOf = (messages: string[], lang: "en" | "ru" = "en") => {
      const reply = playChat(messages, { lang }).at(-1)?.replies[0];
      return reply && "verdict" in reply ? reply.verdict : undefined;
    };
    expect(verdictOf(["is russia taking sides", "really?"])).toBe("not-said");
    expect(verdictOf(["россия нейтральна в этом конфликте?", "точно?"], "ru")).toBe("not-said");
  });
});

describe("the call's partner asked to have said something", () => {
  it("is doesn't say, in both languages", () => {
    expect(lastVerdict(["tell me who erdogan is", "did he bring up a ceasefire?"])).toBe("not-said");
    expect(lastVerdict(["кто такой эрдоган", "он говорил о переговорах?"], "ru")).toBe("not-said");
    expect(lastVerdict(["эрдоган говорил о переговорах?"], "ru")).toBe("not-said");
  });
  it("leaves the caller's own words a Yes", () => {
    expect(lastVerdict(["who did putin call", "did he bring up a ceasefire?"])).toBe("yes");
  });
});

describe("said to someone, in Russian", () => {
  it("reads a preposition as the matter, not the one told", () => {
    expect(SAID_TO_RU.exec("он говорил о переговорах")).toBeNull();
    expect(SAID_TO_RU.exec("он сказал про перемирие")).toBeNull();
    expect(SAID_TO_RU.exec("он сказал это байдену")?.[1]).toBe("байдену");
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput(
      (t) => SAID_TO_RU.exec(t),
      ["он говорил ", "о ", "я".repeat(50), "путин сказал "],
    );
  });
});

describe("a time or a done spread the article never gives", () => {
  it("is doesn't say", () => {
    expect(lastVerdict(["Конфликт уже перекинулся на другие страны?"], "ru")).toBe("not-said");
    expect(
      lastVerdict(["does putin back a palestinian state", "does he give a date for when they would get one"]),
    ).toBe("not-said");
    expect(
      lastVerdict(["does putin support a palestinian state", "does he say when they should get it"]),
    ).toBe("not-said");
  });
});
