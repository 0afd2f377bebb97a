// quality-en42's kinds of miss, through the engine and once through the bot (our own wording, not taken from a set):
// a long story with its question at the end (final-question.ts), the story asked as a nutshell / elevator pitch /
// tl;dr with a plea, a wrong party the story itself names or a body of another kind (wrong-party.ts), the call's
// subject asked with an off-story topic, and whether Putin wants the fighting to go on (fighting-on.ts).
import { describe, expect, it } from "vitest";
import { asFightingOn } from "../../src/answering/fighting-on.js";
import { finalQuestionOf } from "../../src/answering/final-question.js";
import { loadConversation } from "../../src/dialogue/index.js";
import { answerChecks } from "../helpers/answering.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { REAL_KB_DIR } from "../helpers/knowledge.js";

const en = answerChecks("en");
const STORY =
  "my aunt lives in Lisbon and we were texting about the elections there and the football, then she sent me this piece.";

describe("the final question of a long story (final-question.ts)", () => {
  it("cuts the question closing a long message, and nothing from a short one", () => {
    expect(finalQuestionOf(`${STORY} Anyway, tell me: who does Putin blame?`)).toBe("who does Putin blame?");
    expect(finalQuestionOf("so who does Putin blame?")).toBeNull();
    expect(finalQuestionOf(`${STORY} Crazy times.`)).toBeNull();
  });
  it("answers it when the story's own words are off the article", () => {
    const a = en.expectAnswered(`${STORY} Anyway, what does the Kremlin say its role is?`);
    expect(a.readAs).toMatch(/kremlin/i);
    en.expectAnswered(`${STORY} so what did putin press for in that phone call`, /call/);
  });
  it("still refuses a final question off the story", () => {
    en.expectNotAnswered(`${STORY} anyway, who will win the Portuguese election next year?`);
    en.expectNotAnswered(`${STORY} Anyway, what is the weather going to be like in Moscow tomorrow?`);
  });
});

describe("the story asked in brief with a plea or an urging word (summary-idioms.ts, topic-brief.ts)", () => {
  it.each([
    "give me the tl;dr",
    "the nutshell version?",
    "elevator pitch of this piece, go",
    "30 second version pls",
  ])("%s is the summary", (q) => expect(en.ask(q).kind).toBe("summary"));
  it("keeps a brief of another story refused and a brief of one topic on that topic", () => {
    en.expectNotAnswered("the nutshell version of the world cup final");
    expect(en.ask("tl;dr of the quartet part").kind).toBe("entry");
  });
});

describe("a wrong party the story names, or a body of another kind (wrong-party.ts)", () => {
  it("marks the one who did it when the entry names someone else, not when it names them", () => {
    const a = en.expectAnswered("was erdogan the one blaming the americans?");
    expect(a.wrongParty).toBe("fact");
    expect(a.answer).toMatch(/Putin/);
    expect(en.expectAnswered("was putin the one blaming the americans?").wrongParty).toBeUndefined();
  });
  it("reads a ministry of another kind as the Foreign Ministry's words, marked", () => {
    const a = en.expectAnswered(
      "did the russian defence ministry say regional players gotta be coordinated?",
    );
    expect(a.entry?.id).toBe("foreign-ministry-position");
    expect(a.wrongParty).toBe("fact");
    expect(
      en.ask("did the russian foreign ministry say regional players must be coordinated?").wrongParty,
    ).toBeUndefined();
  });
  it("reads an off-story reason and an off-story call subject as the article's, marked", () => {
    const why = en.expectAnswered("does russia feel close to israel bc of ukrainian immigrants there?");
    expect(why.answer).toMatch(/former Russian citizens/);
    expect(why.wrongParty).toBe("fact");
    const call = en.expectAnswered("Was Putin's phone call with Erdogan about the war in Ukraine?", /call/);
    expect(call.wrongParty).toBe("fact");
    en.expectNotAnswered("Did Putin and Erdogan discuss the war in Ukraine?");
    en.expectNotAnswered("was the call about ukraine too?");
  });
});

describe("whether Putin wants the fighting to go on (fighting-on.ts)", () => {
  it("reads it as what he calls for, and leaves other questions as typed", () => {
    expect(asFightingOn("so putin basically wants the fighting to keep going, right?")).toMatch(/call for/);
    expect(asFightingOn("does russia support more fighting?")).toMatch(/call for/);
    expect(asFightingOn("does putin want a ceasefire?")).toBe("does putin want a ceasefire?");
    expect(en.expectAnswered("so putin basically wants the fighting to keep going, right?").answer).toMatch(
      /ceasefire/,
    );
  });
});

describe("through the bot", () => {
  const conversation = loadConversation(REAL_KB_DIR, realKb);
  it("a long story closing on its question gets the article's answer", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine, conversation });
    await t.send(`${STORY} Anyway, settle it: who does Putin blame in this article?`);
    expect(visibleText(t.api.lastReply())).toMatch(/United States/);
    expectValidOutput(t.api);
  });
});
