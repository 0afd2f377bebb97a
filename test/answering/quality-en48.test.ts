// Wave Y's English single-question kinds (quality-en48), through the readers and the engine: a non-member asked of
// "that Quartet thing", the story asked for with the asker's hurry around it, a person's role stated and tagged
// ("…, right?") or said to run a country, Russia's message to Turkey by capitals, a story name mistyped after "does",
// a long story closed by "who was it?" about what Russia's side said, what an unquoted party said or commented, and
// a tale naming "the Middle East Quartet" with contractions in it. Questions written for this test; off-story
// neighbours stay refused. Rows of (question → what it should become): test/helpers/kind-table.ts.
import { describe, expect, it } from "vitest";
import { asCapitalMessage } from "../../src/answering/capital-message.js";
import { closingQuestionOf, storyAsks } from "../../src/answering/closing-question.js";
import { withNameAfterAuxiliary } from "../../src/answering/name-after-auxiliary.js";
import { asPartyReaction } from "../../src/answering/party-reaction.js";
import { asRoleOrMembership } from "../../src/answering/role-and-membership.js";
import { withStoryReferent } from "../../src/answering/story-referent.js";
import { expectAnswered } from "../helpers/answering-detected.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

describe("a party asked of 'that Quartet thing' (role-and-membership.ts)", () => {
  it("reads the membership whatever vague noun follows the name", () => {
    expectRows(asRoleOrMembership, [
      ["Is Brazil part of that Quartet group?", "who is in the quartet"],
      ["is canada in the quartet thingy", "who is in the quartet"],
      ["Does Mexico belong to the Quartet or not?", "who is in the quartet"],
    ]);
    expectEntries([["Is Spain one of that Quartet bloc?", "quartet-members"]]);
  });
});

describe("the story asked for in a hurry (summary-chatter.ts)", () => {
  it("answers with the summary", () => {
    expectEntries([
      ["The short version please, my taxi is here", "summary"],
      ["Give me the rundown, I only have five minutes before my lecture", "summary"],
      ["gist please, I'm about to catch a flight", "summary"],
      ["Quick version, I'm running late", "summary"],
    ]);
  });
  it("still refuses a brief of something else in a hurry", () => {
    expectEntries([["Short version of the train timetable please, my train leaves in ten minutes", null]]);
  });
});

describe("a person's role stated and tagged, or said to run a country", () => {
  it("reads who the person is", () => {
    expectRows(asRoleOrMembership, [
      ["Erdogan is the Qatari prime minister, right?", "who is Erdogan"],
      ["putin is jordan's king, isn't he", "who is putin"],
      ["Erdogan leads Egypt, doesn't he?", "who is Erdogan"],
    ]);
    expectEntries([["Peskov is the French president, correct?", "who-is-peskov"]]);
  });
  it("leaves a person's merit alone", () => {
    expectUnchanged(asRoleOrMembership, ["Erdogan is a great dancer, right?"]);
  });
});

describe("Russia's message to Turkey by capitals (capital-message.ts)", () => {
  it("reads the call", () => {
    expectRows(asCapitalMessage, [
      ["What did Moscow tell the Turkish government?", "what did putin tell erdogan"],
      ["what was the Kremlin's main request to Ankara about the war?", "what did putin tell erdogan"],
    ]);
    expectEntries([["what did the russians urge turkey to do?", "putin-erdogan-call"]]);
  });
  it("leaves another matter between them alone", () => {
    expectUnchanged(asCapitalMessage, ["what did moscow tell ankara about grain exports?"]);
  });
});

describe("a story name mistyped after an auxiliary (name-after-auxiliary.ts)", () => {
  it("reads the name", () => {
    expectRows(withNameAfterAuxiliary, [
      ["did pesskov say anything?", "did peskov say anything?"],
      ["why does puttin blame washington", "why does putin blame washington"],
    ]);
    expectAnswered("does puttin care about civillians?");
  });
  it("leaves the g-dropped verb elsewhere alone", () => {
    expectUnchanged(withNameAfterAuxiliary, ["who is puttin the blame on"]);
  });
});

describe("a long story closed by 'who was it?' (closing-question.ts)", () => {
  const story =
    "My neighbour follows Russian news closely and said that somebody in Moscow promised Russia would help find a settlement. She forgot the man's name though, and it is bugging me now. Which official was it and what did he say exactly?";
  it("asks who in Russia said what the story reports", () => {
    const closing = closingQuestionOf(story);
    expect(closing?.bare).toBe(true);
    expect(storyAsks(closing!)[0]).toBe("who in the moscow said Russia would help find a settlement?");
  });
  it("answers with the Kremlin's aim and Peskov", () => {
    const a = engine.findAnswer(story);
    expect(a.answered && a.answer).toMatch(/Peskov/);
  });
});

describe("what a party the article never quotes said (party-reaction.ts)", () => {
  it("reads its reaction", () => {
    expectRows(asPartyReaction, [
      ["Has the White House said anything about it?", "how did the White House react"],
      ["did Israel issue a statement?", "how did Israel react"],
    ]);
  });
  it("leaves its words on another matter alone", () => {
    expectUnchanged(asPartyReaction, ["what did the white house say about inflation?"]);
  });
});

describe("a tale naming the Middle East Quartet (story-referent.ts)", () => {
  it("reads 'it' as the Quartet, not the contractions' apostrophes", () => {
    const tale =
      "My cousin and I were chatting about the Middle East Quartet and she's sure it's only Europe and America. ";
    const isThing = (w: string) =>
      /quartet/i.test(w) ? "=quartet" : /\b(?:us|america|europe)\b/i.test(w) ? "=x" : null;
    expect(withStoryReferent(`${tale}Who is in it?`, "Who is in it?", isThing)).toBe(
      "Who is in the Quartet?",
    );
  });
});
