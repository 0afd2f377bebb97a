// dialog-r3-35's kinds: "doesn't say" above evidence that says it. The article's own call asked of it or of its
// close ("does it urge a durable settlement?"): Yes from a sentence of a want that names no voice; a voice's call
// (Putin's urgent need for a ceasefire) is not the article's (article-phrase.ts, called-for.ts).
// Phrasings written for this test, not the set's.
import { describe, expect, it } from "vitest";
import { articlePhraseVerdict } from "../../src/dialogue/article-phrase.js";
import { SpeakerNames } from "../../src/dialogue/speakers.js";
import { asBothWarringSides } from "../../src/dialogue/warring-pair.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { realKb } from "../helpers/engine.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

const paragraphs = realKb.article.paragraphs;
const speakers = new SpeakerNames(realKb);
const voiced = (s: string) => speakers.namedIn(s.toLowerCase()).length > 0;

describe("the article's own call", () => {
  it("is Yes where a sentence of its own want says it", () => {
    expect(articlePhraseVerdict("does the article urge a just resolution?", paragraphs, voiced)).toBe("yes");
    expect(
      articlePhraseVerdict("so does the conclusion call for inclusive approaches", paragraphs, voiced),
    ).toBe("yes");
    expect(
      lastVerdict(["tell me the article's conclusion", "so does it push for inclusive approaches"]),
    ).toBe("yes");
  });
  it("is not a voice's call, nor a thing the article only mentions", () => {
    expect(
      articlePhraseVerdict("does the article urge an immediate ceasefire?", paragraphs, voiced),
    ).toBeNull();
    expect(articlePhraseVerdict("does it call for failed policies?", paragraphs, voiced)).toBeNull();
    expect(articlePhraseVerdict("does it call for a just resolution?", paragraphs)).toBeNull();
    expect(articlePhraseVerdict("does it call for no lasting resolution?", paragraphs, voiced)).toBeNull();
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput(
      (t) => articlePhraseVerdict(t, paragraphs, voiced),
      ["does it call for ", "lasting ", "a"],
    );
  });
});

describe("both sides named by the conflict", () => {
  it("are the article's both warring sides", () => {
    expect(asBothWarringSides("moscow keeps talking with both parties to the war")).toBe(
      "moscow keeps talking with both warring sides",
    );
    expect(asBothWarringSides("the kremlin speaks to both sides of the conflict")).toBe(
      "the kremlin speaks to both warring sides",
    );
    expect(asBothWarringSides("both sides want peace")).toBeNull();
    expect(
      lastVerdict(["who is the best footballer", "does moscow speak with both parties in the conflict?"]),
    ).toBe("yes");
  });
  it("a deed the article does not give stays unsaid", () => {
    expect(lastVerdict(["does russia arm both sides in the conflict?"])).not.toBe("yes");
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput((t) => asBothWarringSides(t), ["both sides of ", "both parties ", "to the "]);
  });
});
