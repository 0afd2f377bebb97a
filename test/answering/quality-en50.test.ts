// Wave AA's English single-question kinds (quality-en50), through the readers and the engine: the article's own
// topic checked in more shapes ("is this the story about X", "which war is this article about? X?"), a weather app's
// or travel guide's fact of a place the article names, praise of the US put in a Russian voice, long messages that
// settle a dispute about Russia's side or ask what he said "and to whom", how Russia handles both sides, and what to
// take away from the article. Questions written for this test; off-story neighbours stay refused. Rows of
// (question → what the reader or engine makes of it), test/helpers/kind-table.ts.
import { describe, it } from "vitest";
import { articleTopicAsked } from "../../src/answering/article-topic-check.js";
import { closingQuestionOf, storyAsks } from "../../src/answering/closing-question.js";
import { asPraiseOfUs } from "../../src/answering/praise-for.js";
import { realEngine as engine } from "../helpers/engine.js";
import { answeredFrom, expectEntries, expectRows } from "../helpers/kind-table.js";

/** The entry or kind answered, or the reason it is refused. */
const outcomeOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? answeredFrom(a) : (a.reason ?? "refused");
};
/** Refused as off the story or not in it (not "which of these?"). */
const refused = (q: string) => ["out-of-scope", "not-in-article"].includes(outcomeOf(q) ?? "");
const topicIn = (lang: "en" | "ru") => (q: string) => articleTopicAsked(q, lang);

describe("the article's topic checked (article-topic-check.ts)", () => {
  it("finds the topic named in each shape", () => {
    expectRows(topicIn("en"), [
      ["hold on, is this the report about the floods in pakistan?", "the floods in pakistan"],
      ["so the story is about venezuela's election, right?", "venezuela's election"],
      ["what country is this piece about? myanmar?", "myanmar"],
    ]);
    expectRows(topicIn("ru"), [["это статья про выборы в сша?", "выборы в сша"]]);
  });
  it("is no check without a topic, nor for a question about the other topic itself", () => {
    expectRows(topicIn("en"), [
      ["what is this article about?", null],
      ["is this the article about it?", null],
      ["what does putin say about the floods in pakistan?", null],
    ]);
  });
  it("answers each with the summary", () => {
    expectRows(outcomeOf, [
      ["hold on, is this the report about the floods in pakistan?", "summary"],
      ["so the story is about venezuela's election, right?", "summary"],
      ["what country is this piece about? myanmar?", "summary"],
      ["what does putin say about the floods in pakistan?", "out-of-scope"],
    ]);
  });
});

describe("a weather app's or travel guide's fact of a named place (trivia.ts)", () => {
  it("is refused, not 'which of these?'", () => {
    expectRows(refused, [
      ["is it sunny in jerusalem today?", true],
      ["cheap hotels near tel aviv?", true],
      ["where to eat in moscow", true],
    ]);
  });
});

describe("praise of the US in a Russian voice (praise-for.ts)", () => {
  it("is read as what that voice says of the US", () => {
    expectRows(asPraiseOfUs, [
      [
        "does putin reckon america did a fantastic job over there",
        "what does putin say about the united states",
      ],
      ["putin thinks washington handled gaza brilliantly?", "what does putin say about the united states"],
      ["did putin congratulate washington lol", "what does putin say about the united states"],
      ["did putin say the us failed?", "did putin say the us failed?"],
    ]);
    expectEntries([["does putin reckon america did a fantastic job over there", "putin-on-us"]]);
  });
});

describe("long messages (closing-question.ts, several-asks.ts)", () => {
  const dispute =
    "my brother swears the kremlin is totally with hamas, while my neighbour says moscow is pals with israel because of all the russian emigrants there. it went on for ages last night. which of them is right?";
  it("asks Russia's ties with both sides first when the claims put Russia on opposite sides", () => {
    const closing = (q: string) => {
      const c = closingQuestionOf(q);
      return { bare: c?.bare, firstAsk: c ? storyAsks(c)[0] : undefined };
    };
    expectRows(closing, [[dispute, { bare: true, firstAsk: "what are russia's ties with both sides?" }]]);
    expectEntries([[dispute, "russia-impartial-mediator"]]);
  });
  it("reads what he said 'and to whom' as the call", () => {
    expectEntries([["what did putin really say and to whom?", "putin-erdogan-call"]]);
  });
});

describe("how Russia handles both sides; what to take away", () => {
  it("answers with its relationships with both", () => {
    expectEntries([["how is moscow juggling both sides?", "russia-impartial-mediator"]]);
  });
  it("answers what to take away with the summary", () => {
    expectEntries([["what am I supposed to take away from this piece?", "summary"]]);
  });
});
