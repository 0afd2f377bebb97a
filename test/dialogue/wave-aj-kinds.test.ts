// dialog-r2-28: the kinds of wave AJ's dialogues (dialogues53), in our own wordings. A string of keywords asked
// yes/no, "and restarting talks?" after that Yes, a hedged near-role, a party's own deed asked as its words, the
// call asked with a wrong party (by its matter, or offered after a who-question), "does X come up at all?", a
// hearsay claim asked of the article without a mark, and the article's summary asked after a refusal.
import { describe, expect, it } from "vitest";
import { articleSaysOf } from "../../src/dialogue/article-says.js";
import { selfReportedDeed } from "../../src/dialogue/said-claim.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("wave AJ's kinds", () => {
  it("reads a keyword string as yes/no, and a follow-up in other words after its Yes", () => {
    expect(lastVerdict(["erdogan putin phone truce?"])).toBe("yes");
    expect(lastVerdict(["erdogan putin phone truce?", "and restarting the talks?"])).toBe("yes");
    // A stance asked by its noun is a what-question, no verdict.
    expect(lastVerdict(["putin stance on hamas?"])).toBeNull();
  });

  it("takes a hedged near-role as the person's own role, in English and Russian", () => {
    expect(lastVerdict(["who is peskov", "so he's kind of the kremlin's press man?"])).toBe("yes");
    expect(lastVerdict(["песков вроде как пресс-секретарь правительства?"], "ru")).toBe("yes");
    expect(lastVerdict(["so peskov is basically the russian prime minister?"])).toBe("no");
  });

  it("reads a party's own deed asked as its words as the deed", () => {
    expect(selfReportedDeed("the kremlin said it keeps in touch with both")).toBe(
      "the kremlin keeps in touch with both",
    );
    expect(selfReportedDeed("russia said it's in contact with both")).toBe("russia is in contact with both");
    expect(selfReportedDeed("putin said the us failed")).toBeNull();
    expect(lastVerdict(["does moscow say it keeps talking to both israel and hamas?"])).toBe("yes");
  });

  it("says No to a call presupposed with a wrong party, and names the one it was with", () => {
    expect(lastVerdict(["was putin's middle east call with scholz?"])).toBe("no");
    expect(lastVerdict(["who did putin phone about gaza? scholz?"])).toBe("no");
    expect(lastVerdict(["с кем путин говорил по телефону о войне? с байденом?"], "ru")).toBe("no");
  });

  it("answers 'does X come up' from the article's text", () => {
    expect(lastVerdict(["does the european union come up anywhere?"])).toBe("yes");
    expect(lastVerdict(["does nato come up at all?"])).toBe("no");
  });

  it("gives the summary for 'what's in there' and settles an unmarked hearsay claim", () => {
    expect(articleSaysOf("ok so what's in there")).toBe("what is the article about?");
    expect(articleSaysOf("what's in there about the un")).toBeNull();
    expect(lastVerdict(["my neighbour said putin blamed nato for the war, is that in the article"])).toBe(
      "not-said",
    );
    const summary = lastAnswer(["how do i bake bread", "fine, what's in it then"]);
    expect(summary.answer.answered).toBe(true);
    expect(summary.answer.answer.toLowerCase()).toMatch(/putin/);
  });
});
