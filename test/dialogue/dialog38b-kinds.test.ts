// dialog38b (session 38): follow-ups read in context — the last answer's point put back as its voice's view ("so
// he thinks their middle east policy failed?", «он прям назвал политику сша провальной?», "does the author also
// think those policies failed?"), a mention asked of the chat's speaker without "also" («а переговоры он
// упоминал?"), "an immediate one or eventually?" after the call for a ceasefire, "and then what, talks?", a Russian
// clause after «а» with «уже» or «у X …» (not a switch), "what for" after an answer that names its purpose, and
// "they … them" as two parties.
import { beforeAll, describe, expect, it } from "vitest";
import { isRussianClause } from "../../src/dialogue/clause-switch.js";
import { asksStatedPurpose } from "../../src/dialogue/purpose-asked.js";
import { restatedViewOf } from "../../src/dialogue/restated-view.js";
import { thenWhatGuessOf } from "../../src/dialogue/then-what.js";
import { theyThemOf } from "../../src/dialogue/they-them.js";
import { timingSideNamed } from "../../src/dialogue/timing-side.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

beforeAll(() => {
  lastAnswer(["who did putin call"]);
}, 120_000);

describe("the last answer's point put back as its voice's view", () => {
  it("reads the voice and the thing", () => {
    expect(restatedViewOf("so he thinks their middle east policy failed?", false)).toEqual({
      voice: "he",
      thing: "their middle east policy failed",
    });
    expect(restatedViewOf("does the author also think those policies failed?", false)?.voice).toBe(
      "the author",
    );
    expect(restatedViewOf("он прям назвал политику сша провальной?", true)).toEqual({
      voice: "он",
      thing: "политику сша провальной",
    });
    expect(restatedViewOf("so he thinks the us policy didn't fail?", false)).toBeNull();
    expect(restatedViewOf("so he thinks only the us failed?", false)).toBeNull();
    expect(restatedViewOf("what does he think about it", false)).toBeNull();
    expect(restatedViewOf("what did putin say about civilian casualties?", false)).toBeNull();
    expect(restatedViewOf("does the article say russia's own policy failed too?", false)).toBeNull();
  });
  it("answers Yes where every word of the thing is in that voice's quotes", () => {
    expect(
      lastVerdict([
        "why does putin blame the united states",
        "so he thinks their middle east policy failed?",
      ]),
    ).toBe("yes");
    expect(
      lastVerdict([
        "who does putin say is monopolizing the peace efforts?",
        "so he thinks both sides should compromise?",
      ]),
    ).toBe("yes");
    expect(
      lastVerdict(["за что путин ругает вашингтон", "значит он считает политику сша провальной?"], "ru"),
    ).toBe("yes");
    expect(lastVerdict(["how does the article end", "so the writer says middle east policies failed?"])).toBe(
      "yes",
    );
  }, 60_000);
  it("leaves a party made the subject, or a thing the quotes lack, to the usual path", () => {
    expect(
      lastVerdict(["what does putin blame the us for", "so he thinks the palestinians failed?"]),
    ).not.toBe("yes");
    expect(
      lastVerdict(["за что путин критикует сша", "значит он считает, что палестинцы провалились?"], "ru"),
    ).not.toBe("yes");
  }, 60_000);
  it("stays fast on long input", () => {
    expectLinearOnLongInput(
      (t) => restatedViewOf(t, false),
      ["so he thinks ", "so ", "he thinks that policy ", "a".repeat(50), "so he thinks x?"],
    );
    expectLinearOnLongInput(
      (t) => restatedViewOf(t, true),
      ["значит он считает ", "а ", "он прям назвал ", "я".repeat(50), "он считает х?"],
    );
  });
});

describe("a mention asked of the chat's speaker without 'also'", () => {
  it("answers Yes with the last answer's quotes of that speaker", () => {
    expect(lastVerdict(["wat did putin tell erdogan pls", "did he say anything abt negotiations"])).toBe(
      "yes",
    );
    expect(
      lastVerdict(["с кем говорил путин по телефону?", "и о чем", "а переговоры он упоминал?"], "ru"),
    ).toBe("yes");
  }, 60_000);
  it("says no Yes for a thing his quotes lack", () => {
    expect(lastVerdict(["what did putin tell erdogan", "did he mention hamas?"])).not.toBe("yes");
    expect(
      lastVerdict(["is putin bothered by the civilian deaths?", "on both sides or just gaza?"]),
    ).toBeNull();
    expect(lastAnswer(["кто такой песков", "а что он сказал?"], "ru").verdict).toBeNull();
  }, 60_000);
});

describe("a time side and a guess after 'then what'", () => {
  it("reads 'an immediate one' as the now side", () => {
    expect(timingSideNamed("an immediate one", "an immediate ceasefire")).toBe(true);
    expect(timingSideNamed("немедленное", "немедленного прекращения огня")).toBe(true);
    expect(timingSideNamed("a permanent one", "an immediate ceasefire")).toBeNull();
  });
  it("answers 'an immediate one or eventually?' after the ceasefire with its card", () => {
    const a = lastAnswer(["did putin call for a ceasefire?", "an immediate one or eventually?"]);
    expect(a.answer.entry?.id).toBe("ceasefire-call");
  }, 60_000);
  it("reads the guess after 'then what' as the follow-up", () => {
    expect(thenWhatGuessOf("and then what, talks?")).toBe("and negotiations?");
    expect(thenWhatGuessOf("а потом что, переговоры?")).toBe("а переговоры?");
    expect(thenWhatGuessOf("then what?")).toBeNull();
    expect(thenWhatGuessOf("what then, a palestinian state?")).toBe("and a palestinian state?");
    expect(
      lastVerdict([
        "did putin call for a ceasefire?",
        "an immediate one or eventually?",
        "and then what, talks?",
      ]),
    ).toBe("yes");
  }, 60_000);
  it("stays fast on long input", () => {
    expectLinearOnLongInput(thenWhatGuessOf, [
      "then what, ",
      "talks ",
      "a".repeat(40),
      "and then what, talks?",
    ]);
  });
});

describe("a Russian clause after «а», a purpose asked, and 'they … them'", () => {
  it("reads «уже» between subject and verb, and «у X …» with what is owned, as a clause", () => {
    expect(isRussianClause("переговоры уже начались?")).toBe(true);
    expect(isRussianClause("с палестинцами у россии давние связи?")).toBe(true);
    expect(isRussianClause("у хамаса?")).toBe(false);
    expect(isRussianClause("у россии")).toBe(false);
    expect(
      lastVerdict(
        ["почему у россии общие интересы с израилем", "а с палестинцами у россии давние связи?"],
        "ru",
      ),
    ).toBe("yes");
  }, 60_000);
  it("answers 'what for' with the last answer where it names its purpose", () => {
    const said =
      "The Kremlin maintains open communication with both warring sides and expresses its readiness to contribute";
    expect(asksStatedPurpose("what for", said)).toBe(true);
    expect(asksStatedPurpose("и зачем", "Кремль выражает готовность содействовать урегулированию")).toBe(
      true,
    );
    expect(asksStatedPurpose("what for", "Putin blames the United States for a failed policy")).toBe(false);
    expect(asksStatedPurpose("what did they do", said)).toBe(false);
    expect(asksStatedPurpose("for what reason?", said)).toBe(false);
    const a = lastAnswer(["is the kremlin in contact with both hamas and israel?", "what for"]);
    expect(a.answer.entry?.id).toBe("kremlin-contact-both-sides");
    expect(lastAnswer(["кремль общается с обеими сторонами?", "и зачем"], "ru").answer.entry?.id).toBe(
      "kremlin-contact-both-sides",
    );
  }, 60_000);
  it("reads 'them' after 'they' as the other party of the last question", () => {
    const context = { question: "is russia pro-hamas?", speakerId: "russia" } as DialogueContext;
    expect(theyThemOf("but they do have links with them?", context, realKb.parties ?? [])).toBe(
      "but they do have links with hamas?",
    );
    expect(theyThemOf("did they agree with each other?", context, realKb.parties ?? [])).toBeNull();
    expect(theyThemOf("do they like it?", context, realKb.parties ?? [])).toBeNull();
    expect(lastAnswer(["is russia pro-hamas?", "but they do have links with them?"]).answer.entry?.id).toBe(
      "russia-palestinian-ties",
    );
  }, 60_000);
  it("stays fast on long input", () => {
    expectLinearOnLongInput(
      (t) => asksStatedPurpose(t, t),
      ["what for ", "зачем ", "a".repeat(40), "to help "],
    );
    const context = { question: "is russia pro-hamas?", speakerId: "russia" } as DialogueContext;
    expectLinearOnLongInput(
      (t) => theyThemOf(t, context, realKb.parties ?? []),
      ["they ", "they them ", "a".repeat(40)],
    );
  });
});
