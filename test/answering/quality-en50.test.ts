// Wave AA's English single-question kinds (quality-en50), through the readers and the engine: the article's own
// topic checked in more shapes ("is this the story about X", "which war is this article about? X?"), a weather app's
// or travel guide's fact of a place the article names, praise of the US put in a Russian voice, long messages that
// settle a dispute about Russia's side or ask what he said "and to whom", how Russia handles both sides, and what to
// take away from the article. Questions written for this test; off-story neighbours stay refused.
import { describe, expect, it } from "vitest";
import { articleTopicAsked } from "../../src/answering/article-topic-check.js";
import { closingQuestionOf, storyAsks } from "../../src/answering/closing-question.js";
import { asPraiseOfUs } from "../../src/answering/praise-for.js";
import { realEngine as engine } from "../helpers/engine.js";

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : (a.reason ?? "refused");
};

describe("the article's topic checked (article-topic-check.ts)", () => {
  it("finds the topic named in each shape", () => {
    expect(articleTopicAsked("hold on, is this the report about the floods in pakistan?", "en")).toBe(
      "the floods in pakistan",
    );
    expect(articleTopicAsked("so the story is about venezuela's election, right?", "en")).toBe(
      "venezuela's election",
    );
    expect(articleTopicAsked("what country is this piece about? myanmar?", "en")).toBe("myanmar");
    expect(articleTopicAsked("это статья про выборы в сша?", "ru")).toBe("выборы в сша");
  });
  it("is no check without a topic, nor for a question about the other topic itself", () => {
    expect(articleTopicAsked("what is this article about?", "en")).toBeNull();
    expect(articleTopicAsked("is this the article about it?", "en")).toBeNull();
    expect(articleTopicAsked("what does putin say about the floods in pakistan?", "en")).toBeNull();
  });
  it("answers each with the summary", () => {
    for (const q of [
      "hold on, is this the report about the floods in pakistan?",
      "so the story is about venezuela's election, right?",
      "what country is this piece about? myanmar?",
    ])
      expect(read(q), q).toBe("summary");
    expect(read("what does putin say about the floods in pakistan?")).toBe("out-of-scope");
  });
});

describe("a weather app's or travel guide's fact of a named place (trivia.ts)", () => {
  it("is refused, not 'which of these?'", () => {
    for (const q of [
      "is it sunny in jerusalem today?",
      "cheap hotels near tel aviv?",
      "where to eat in moscow",
    ])
      expect(["out-of-scope", "not-in-article"], q).toContain(read(q));
  });
});

describe("praise of the US in a Russian voice (praise-for.ts)", () => {
  it("is read as what that voice says of the US", () => {
    for (const q of [
      "does putin reckon america did a fantastic job over there",
      "putin thinks washington handled gaza brilliantly?",
      "did putin congratulate washington lol",
    ])
      expect(asPraiseOfUs(q), q).toBe("what does putin say about the united states");
    expect(read("does putin reckon america did a fantastic job over there")).toBe("putin-on-us");
    expect(asPraiseOfUs("did putin say the us failed?")).toBe("did putin say the us failed?");
  });
});

describe("long messages (closing-question.ts, several-asks.ts)", () => {
  const dispute =
    "my brother swears the kremlin is totally with hamas, while my neighbour says moscow is pals with israel because of all the russian emigrants there. it went on for ages last night. which of them is right?";
  it("asks Russia's ties with both sides first when the claims put Russia on opposite sides", () => {
    const closing = closingQuestionOf(dispute);
    expect(closing?.bare).toBe(true);
    expect(storyAsks(closing!)[0]).toBe("what are russia's ties with both sides?");
    expect(read(dispute)).toBe("russia-impartial-mediator");
  });
  it("reads what he said 'and to whom' as the call", () => {
    expect(read("what did putin really say and to whom?")).toBe("putin-erdogan-call");
  });
});

describe("how Russia handles both sides; what to take away", () => {
  it("answers with its relationships with both", () => {
    expect(read("how is moscow juggling both sides?")).toBe("russia-impartial-mediator");
  });
  it("answers what to take away with the summary", () => {
    expect(read("what am I supposed to take away from this piece?")).toBe("summary");
  });
});
