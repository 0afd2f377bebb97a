// quality-en30: a topic set out first and asked about with no topic of its own ("X - what's going on",
// pointed-topic.ts), staying inside a place read as spreading beyond it (stay-contained.ts), peace efforts that
// "went nowhere" or "stalled" as their failure (knowledge/synonyms.json), and Putin's blame checked with a party
// other than the US (blamed-other.ts). Our own phrasings.
import { describe, expect, it } from "vitest";
import { asBlamedOther } from "../../src/answering/blamed-other.js";
import { pointsBack } from "../../src/answering/pointed-topic.js";
import { asStayContained } from "../../src/answering/stay-contained.js";
import { answerChecks } from "../helpers/answering.js";

const en = answerChecks("en");

describe("a topic set out, then asked about with no topic of its own", () => {
  it("points back at the topic, like a pronoun", () => {
    expect(pointsBack("what's happening", "yemen shipping - what's happening")).toBe(true);
    expect(pointsBack("any news?", "Yemen: any news?")).toBe(true);
    expect(pointsBack("what did putin say", "Hamas - what did putin say")).toBe(false);
  });

  it("so a name the article does not know in the topic refuses the message", () => {
    for (const q of [
      "houthis firing on cargo ships - what's going on?",
      "hezbollah on the lebanese border: what's happening",
    ]) {
      const a = en.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.kind, q).not.toBe("summary");
    }
  });

  it("while the story's own topic before it is still answered", () => {
    en.expectAnswered("the kremlin and both sides - what's going on?");
  });
});

describe("staying inside a place", () => {
  it("is read as spreading beyond it", () => {
    expect(asStayContained("will the war stay inside gaza")).toBe("will the war spread beyond gaza");
    expect(asStayContained("can it remain within israel?")).toBe("can it spread beyond israel?");
    expect(asStayContained("is he inside the kremlin")).toBe("is he inside the kremlin");
    en.expectAnswered("is the fighting going to stay inside gaza and israel", "crisis-spread-fears");
  });
});

describe("peace efforts that went nowhere", () => {
  it("are their failure: Putin's reason is the US monopolising them", () => {
    for (const q of [
      "why, per putin, did the peacemaking get nowhere",
      "why does putin think peace efforts stalled",
    ])
      expect(en.expectAnswered(q).entry?.id, q).toMatch(
        /us-monopolizing-peace|putin-on-us|us-policy-failure/,
      );
  });
});

describe("Putin's blame checked with another party", () => {
  it("is read as whom he blames: the US", () => {
    expect(asBlamedOther("putin blames the united nations, yeah?")).toBe("who does putin blame");
    expect(asBlamedOther("so it's nato that putin pins it on?")).toBe("who does putin blame");
    expect(asBlamedOther("did putin blame washington?")).toBe("did putin blame washington?");
    expect(asBlamedOther("does israel blame putin")).toBe("does israel blame putin");
    for (const q of ["putin accuses the EU, right?", "putin holds turkey responsible?"])
      expect(en.expectAnswered(q, "putin-blames-us").answer, q).toMatch(/United States/);
  });
});
