// dialog39: whether the feared spread has already happened ("has it spread by now?", "он уже расширился?"), which
// the article leaves open (it reports only the fear that it may). Our own phrasings (not the probe sets').
import { describe, expect, it } from "vitest";
import { lastReply, lastVerdict } from "../helpers/dialogue.js";

const verdictOf = lastVerdict;

describe("the feared spread asked as a done thing", () => {
  it("is doesn't say, while the fear itself stays Yes", () => {
    expect(verdictOf(["what are people afraid of", "did the war spill over already?"])).toBe("not-said");
    expect(verdictOf(["could the conflict spread", "has it spread by now"])).toBe("not-said");
    expect(verdictOf(["есть опасения что конфликт расширится?", "он уже расширился?"], "ru")).toBe(
      "not-said",
    );
    expect(verdictOf(["could the conflict spread", "are folks worried it spills into the region?"])).toBe(
      "yes",
    );
  });
});

describe("a negated auxiliary typed without its apostrophe, after an interjection", () => {
  it("is read as a yes/no question", () => {
    expect(verdictOf(["who makes up the quartet", "hm, isnt the eu one of them"])).toBe("yes");
    expect(verdictOf(["who makes up the quartet", "oh, arent the us in it too"])).toBe("yes");
  });
});

describe("'is it true that' with a claim of a stance, not of words said", () => {
  it("keeps the entry's own Yes", () => {
    expect(verdictOf(["is it true that putin backs a palestinian state"])).toBe("yes");
  });
});

describe("thanks with how the answer served", () => {
  it("is small talk, not the last card again", () => {
    for (const [text, lang] of [
      ["thank u, this was useful", "en"],
      ["that helped a lot", "en"],
      ["ok thx, makes sense", "en"],
      ["спс, очень помогло", "ru"],
    ] as const)
      expect(lastReply(["what does the kremlin want", text], lang).kind).toBe("small-talk");
  });
});
