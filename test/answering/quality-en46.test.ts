// Wave W's English single-question kinds (quality-en46), through the readers and the engine: the story asked for in
// brief in idioms (bare bones, nuts and bolts, whittled down, an elevator-pitch or soundbite style after a size),
// a voice's stance in brief, a meeting in person with Erdogan asked with its place or purpose, what a voice
// promised, "it" at the end of a story for the one thing the story names, a cleft naming the wrong voice for an
// act, another party's spokesperson. Questions written for this test; off-story neighbours stay refused.
import { describe, expect, it } from "vitest";
import { asCallOrOmission } from "../../src/answering/call-and-omission.js";
import { asCleftDoer } from "../../src/answering/cleft-doer.js";
import { asOtherSpokesman } from "../../src/answering/other-spokesman.js";
import { asPromiseSaid } from "../../src/answering/promise-asked.js";
import { withStoryReferent } from "../../src/answering/story-referent.js";
import { asTopicBrief } from "../../src/answering/topic-brief.js";
import { realEngine as engine } from "../helpers/engine.js";

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : null;
};

describe("the story in brief, in idioms", () => {
  it("answers with the summary", () => {
    for (const q of [
      "Reduce the article to its bare bones, please.",
      "give me the nuts and bolts of the piece",
      "whittle this story down to two lines",
      "Break the article down to the essentials.",
      "The executive summary, please.",
    ])
      expect(read(q), q).toBe("summary");
  });
  it("reads a voice's stance in brief, with a size and a style after it, as that stance", () => {
    expect(asTopicBrief("Sum up the Kremlin's position in a sentence or two, soundbite style.")).toBe(
      "what about the Kremlin's position",
    );
    expect(asTopicBrief("Outline Moscow's stance in brief")).toBe("what about Moscow's stance");
    expect(read("Recap Russia's stance in a couple of lines, elevator-pitch style.")).toBe("russia-position");
  });
  it("still refuses a brief of something else", () => {
    for (const q of [
      "Strip the old paint down to the bare wood, how?",
      "Give me an elevator pitch for my bakery.",
    ])
      expect(read(q), q).toBeNull();
  });
});

describe("a meeting in person with Erdogan (call-and-omission.ts)", () => {
  it("reads place, purpose and the pair as the reported call", () => {
    for (const q of [
      "Did Erdogan and Putin meet in person in Istanbul to talk about Gaza?",
      "Had there been a face-to-face meeting between Putin and Erdoğan?",
      "did putin sit down together with erdogan face to face over the war",
      "Did the Russian and Turkish leaders get together in person?",
    ])
      expect(asCallOrOmission(q), q).toBe("who did putin call");
  });
  it("leaves a meeting with someone else alone", () => {
    expect(asCallOrOmission("Did Putin meet the Pope face to face?")).not.toBe("who did putin call");
  });
});

describe("what a voice promised (promise-asked.ts)", () => {
  it("reads a wh-question's promise as saying, a yes/no question's not", () => {
    expect(asPromiseSaid("What has the Kremlin pledged to do?")).toBe("What has the Kremlin said to do?");
    expect(asPromiseSaid("Did Putin promise a truce?")).toBe("Did Putin promise a truce?");
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
    expect(asOtherSpokesman("what did the Israeli government spokesman say")).toBe(
      "what did the Israeli say",
    );
    expect(read("What did the Hamas press secretary say?")).toBeNull();
    expect(read("what did the Kremlin spokesman say")).not.toBeNull();
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
    expect(
      read(
        "At work my manager kept bringing up 'the Quartet' in a meeting and I didn't want to ask in front of everyone. The piece talks about it too, so which members make it up?",
      ),
    ).toBe("quartet-members");
  });
});

describe("a cleft naming a voice for an act (cleft-doer.ts)", () => {
  it("asks the act alone", () => {
    expect(asCleftDoer("Was it the Foreign Ministry that urged talks to resume?")).toBe(
      "who urged talks to resume",
    );
    expect(asCleftDoer("Is it true that Putin called Erdogan?")).toBe(
      "Is it true that Putin called Erdogan?",
    );
  });
  it("finds the act's entry where it is surer than the voice's", () => {
    expect(read("Was it the Russian Foreign Ministry that called for a ceasefire?")).toBe("ceasefire-call");
  });
});
