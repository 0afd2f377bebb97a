// dialog21: loaded and negated yes/no questions read through their positive (loaded-negation.ts: the article's
// verdict, not the question's polarity), and follow-up wordings put as the follow-ups the dialogue reads
// (follow-up-wording.ts: typos, "what did he mean", "which part is X's", "X again", "the second one"). Our own
// phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { loadedNegationOf } from "../../src/dialogue/loaded-negation.js";
import { inPassageWords } from "../../src/dialogue/passage-paraphrase.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

/** The answer with its quotes: a voice's words come as quotes under a one-line header. */
const textOf = (messages: string[], lang: "en" | "ru" = "en") =>
  JSON.stringify(lastAnswer(messages, lang).answer);

describe("a loaded negation's positive (loaded-negation.ts)", () => {
  it("takes the negation out of the claim, not out of a phrase", () => {
    expect(loadedNegationOf("so the kremlin doesn't want to help at all?", "en")).toEqual({
      positive: "does the kremlin want to help?",
      expectsYes: false,
      subject: "the kremlin",
      auxiliary: "does",
    });
    expect(loadedNegationOf("putin never urged a ceasefire?", "en")?.positive).toBe(
      "did putin urge a ceasefire?",
    );
    expect(loadedNegationOf("isn't the kremlin ready to help?", "en")).toEqual({
      positive: "is the kremlin ready to help?",
      expectsYes: true,
    });
    expect(loadedNegationOf("разве кремль не готов помочь?", "ru")).toEqual({
      positive: "кремль готов помочь?",
      expectsYes: true,
      negated: "готов",
    });
    expect(loadedNegationOf("путин не только про газу говорил?", "ru")).toBeNull();
    expect(loadedNegationOf("does putin want a ceasefire?", "en")).toBeNull();
  });
});

describe("loaded and negated yes/no questions, answered from the article", () => {
  // dialog39 (session 39): the verdict answers the positive fact (it was No here, the loaded claim's).
  it("is Yes where the article backs the positive", () => {
    expect(
      lastVerdict(["how does putin see the civilian toll?", "so he isn't concerned about civilians at all?"]),
    ).toBe("yes");
    expect(lastVerdict(["what does the kremlin aim for?", "so the kremlin doesn't want to help?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["Путин же не хочет прекращения огня, так?"], "ru")).toBe("yes");
  });

  it("is Yes for a negative question asking agreement", () => {
    expect(lastVerdict(["разве Кремль не хочет помочь с урегулированием?"], "ru")).toBe("yes");
  });
});

describe("follow-up wordings (follow-up-wording.ts)", () => {
  it("reads 'which part is X's' after a summary as what X said", () => {
    expect(textOf(["give me the gist of the article", "which bit is the Kremlin's?"])).toMatch(
      /constructive|settlement|communication/,
    );
  });

  it("reads 'X again' as 'and X?' and a typo'd question word", () => {
    expect(textOf(["what did Peskov say?", "and the foreign ministry?", "Peskov again?"])).toMatch(
      /constructive|settlement/,
    );
    expect(textOf(["what did putin say about washington?", "wat did he mean?"])).toMatch(
      /fail|polic|monopol|palestin/i,
    );
  });

  it("reads 'the second one' as the second speaker the last answer named", () => {
    expect(textOf(["which people does the article quote?", "what did the second one say?"])).toMatch(
      /constructive|settlement/,
    );
  });
});

describe("a stance on a thing wished for, asked as the wish (passage-paraphrase.ts)", () => {
  it("reads 'in favour of' / 'for' before a ceasefire or talks as wanting it", () => {
    expect(inPassageWords("so is the russian president in favor of a truce?")).toBe(
      "so does the russian president want a truce?",
    );
    expect(inPassageWords("is he for the talks?")).toBe("does he want the talks?");
    expect(inPassageWords("is putin in favour of hamas?")).toBe("is putin in favour of hamas?");
    expect(inPassageWords("is he pushing for talks?")).toBe("is he pushing for talks?");
    expect(lastVerdict(["is the russian leader in favor of an immediate truce?"])).toBe("yes");
  });
});
