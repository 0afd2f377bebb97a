// Wave W's English single-question kinds (quality-en46), through the readers and the engine: the story asked for in
// brief in idioms (bare bones, nuts and bolts, whittled down, an elevator-pitch or soundbite style after a size),
// a voice's stance in brief, a meeting in person with Erdogan asked with its place or purpose, what a voice
// promised, "it" at the end of a story for the one thing the story names, a cleft naming the wrong voice for an
// act, another party's spokesperson. Questions written for this test; off-story neighbours stay refused. Rows of
// (question → what it should become): test/helpers/kind-table.ts.
import { describe, expect, it } from "vitest";
import { asCallOrOmission } from "../../src/answering/call-and-omission.js";
import { asCleftDoer } from "../../src/answering/cleft-doer.js";
import { asOtherSpokesman } from "../../src/answering/other-spokesman.js";
import { asPromiseSaid } from "../../src/answering/promise-asked.js";
import { withStoryReferent } from "../../src/answering/story-referent.js";
import { asTopicBrief } from "../../src/answering/topic-brief.js";
import { expectAnswered } from "../helpers/answering-detected.js";
import { realEngine as engine } from "../helpers/engine.js";
import { expectEntries, expectRows, expectUnchanged } from "../helpers/kind-table.js";

describe("the story in brief, in idioms", () => {
  it("answers with the summary", () => {
    expectEntries([
      ["Reduce the article to its bare bones, please.", "summary"],
      ["give me the nuts and bolts of the piece", "summary"],
      ["whittle this story down to two lines", "summary"],
      ["Break the article down to the essentials.", "summary"],
      ["The executive summary, please.", "summary"],
    ]);
  });
  it("reads a voice's stance in brief, with a size and a style after it, as that stance", () => {
    expectRows(asTopicBrief, [
      [
        "Sum up the Kremlin's position in a sentence or two, soundbite style.",
        "what about the Kremlin's position",
      ],
      ["Outline Moscow's stance in brief", "what about Moscow's stance"],
    ]);
    expectEntries([["Recap Russia's stance in a couple of lines, elevator-pitch style.", "russia-position"]]);
  });
  it("still refuses a brief of something else", () => {
    expectEntries([
      ["Strip the old paint down to the bare wood, how?", null],
      ["Give me an elevator pitch for my bakery.", null],
    ]);
  });
});

describe("a meeting in person with Erdogan (call-and-omission.ts)", () => {
  it("reads place, purpose and the pair as the reported call", () => {
    expectRows(asCallOrOmission, [
      ["Did Erdogan and Putin meet in person in Istanbul to talk about Gaza?", "who did putin call"],
      ["Had there been a face-to-face meeting between Putin and Erdoğan?", "who did putin call"],
      ["did putin sit down together with erdogan face to face over the war", "who did putin call"],
      ["Did the Russian and Turkish leaders get together in person?", "who did putin call"],
    ]);
  });
  it("leaves a meeting with someone else alone", () => {
    expect(asCallOrOmission("Did Putin meet the Pope face to face?")).not.toBe("who did putin call");
  });
});

describe("what a voice promised (promise-asked.ts)", () => {
  it("reads a wh-question's promise as saying, a yes/no question's not", () => {
    expectRows(asPromiseSaid, [["What has the Kremlin pledged to do?", "What has the Kremlin said to do?"]]);
    expectUnchanged(asPromiseSaid, ["Did Putin promise a truce?"]);
  });
  it("answers the Kremlin spokesman's promise with Peskov's statement", () => {
    const a = engine.findAnswer("what did Russia's spokesman vow the Kremlin would do");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Peskov/);
    expect(a.quotes.map((q) => q.text).join(" ")).toMatch(/constructive role/);
  });
});

describe("another party's spokesperson (other-spokesman.ts)", () => {
  it("reads the spokesperson as the party, so Peskov's words are not given as theirs", () => {
    expectRows(asOtherSpokesman, [
      ["what did the Israeli government spokesman say", "what did the Israeli say"],
    ]);
    expectEntries([["What did the Hamas press secretary say?", null]]);
    expectAnswered("what did the Kremlin spokesman say");
  });
});

describe("'it' at the end of a story (story-referent.ts)", () => {
  const known = (w: string) => (/quartet/i.test(w) ? "=quartet" : /ceasefire/i.test(w) ? "=ceasefire" : null);
  it("reads 'it' as the one story thing the story names", () => {
    const msg = "My flatmate keeps talking about 'the Quartet' at dinner. Who is in it?";
    expect(withStoryReferent(msg, "Who is in it?", known)).toBe("Who is in the Quartet?");
  });
  it("leaves 'it' alone for the article, or when the story names two things", () => {
    const msg = "I read about the Quartet. What does it say about Russia?";
    expect(withStoryReferent(msg, "What does it say about Russia?", known)).toBeNull();
    const two = "She mentioned the Quartet and talked about the ceasefire. Who backs it?";
    expect(withStoryReferent(two, "Who backs it?", known)).toBeNull();
  });
  it("answers the Quartet's members through the engine", () => {
    expectEntries([
      [
        "At work my manager kept bringing up 'the Quartet' in a meeting and I didn't want to ask in front of everyone. The piece talks about it too, so which members make it up?",
        "quartet-members",
      ],
    ]);
  });
});

describe("a cleft naming a voice for an act (cleft-doer.ts)", () => {
  it("asks the act alone", () => {
    expectRows(asCleftDoer, [
      ["Was it the Foreign Ministry that urged talks to resume?", "who urged talks to resume"],
    ]);
    expectUnchanged(asCleftDoer, ["Is it true that Putin called Erdogan?"]);
  });
  it("finds the act's entry where it is surer than the voice's", () => {
    expectEntries([["Was it the Russian Foreign Ministry that called for a ceasefire?", "ceasefire-call"]]);
  });
});
