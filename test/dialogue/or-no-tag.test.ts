// dialog7's kind: a statement with "or no?" / "or not?" tagged on (often non-native: "X is support Y or no?") is a
// yes/no question and gets the article's verdict; a real either/or question stays one. Our own phrasings.
import { describe, expect, it } from "vitest";
import { fold, wordsFor } from "../../src/dialogue/language.js";
import { isYesNoQuestion } from "../../src/dialogue/yes-no-question.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

const yesNo = (text: string) =>
  isYesNoQuestion(text, fold(text).replace(/[?!.]+$/, ""), wordsFor("en"), "en");

describe("a statement with 'or no?' tagged on", () => {
  it("is read as yes/no; an either/or or a question word is not", () => {
    expect(yesNo("kremlin is ready to help or no?")).toBe(true);
    expect(yesNo("putin backs a palestinian state or not?")).toBe(true);
    expect(yesNo("does putin back a ceasefire or a truce?")).toBe(false);
    expect(yesNo("who does putin blame or no one?")).toBe(false);
  });

  it("gets the article's verdict, yes or no", () => {
    expect(lastVerdict(["putin backs a palestinian state or not?"])).toBe("yes");
    expect(lastVerdict(["Kremlin is want help find settlement or no?"])).toBe("yes");
    expect(lastVerdict(["Putin is against ceasefire or no?"])).toBe("no");
  });

  it("what the article does not cover still gets no yes", () => {
    const reply = lastAnswer(["erdogan win election or no?"]);
    expect(reply.verdict).not.toBe("yes");
  });
});
