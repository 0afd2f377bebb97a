// dialog7's kind: a statement with "or no?" / "or not?" tagged on (often non-native: "X is support Y or no?") is a
// yes/no question and gets the article's verdict; a real either/or question stays one. Our own phrasings.
import { describe, expect, it } from "vitest";
import { fold, wordsFor } from "../../src/dialogue/language.js";
import { isYesNoQuestion } from "../../src/dialogue/yes-no-question.js";
import { answerOf, playChat } from "../helpers/dialogue.js";

const last = (messages: string[]) => answerOf(playChat(messages, { lang: "en" }).at(-1)!.replies[0]!);
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
    expect(last(["putin backs a palestinian state or not?"]).verdict).toBe("yes");
    expect(last(["Kremlin is want help find settlement or no?"]).verdict).toBe("yes");
    expect(last(["Putin is against ceasefire or no?"]).verdict).toBe("no");
  });

  it("what the article does not cover still gets no yes", () => {
    const reply = last(["erdogan win election or no?"]);
    expect(reply.verdict).not.toBe("yes");
  });
});
