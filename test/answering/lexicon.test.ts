import { describe, expect, it } from "vitest";
import { americanSpelling } from "../../src/answering/english.js";
import { Lexicon } from "../../src/answering/lexicon.js";
import { realKb } from "../helpers/engine.js";

const lexicon = new Lexicon(realKb);
const terms = (q: string) => lexicon.analyse(q).content;

describe("Lexicon", () => {
  it("gives a text read again within a message the same analysis, and a fresh equal one after forgetAnalyses", () => {
    const own = new Lexicon(realKb);
    const first = own.analyse("did putin call for a ceasfire?");
    expect(own.analyse("did putin call for a ceasfire?")).toBe(first);
    own.forgetAnalyses();
    const again = own.analyse("did putin call for a ceasfire?");
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // Only the last few texts are kept: many others push the first one out.
    for (const q of ["a", "b", "c", "d", "e", "f"]) own.analyse(`what did ${q} say`);
    expect(own.analyse("did putin call for a ceasfire?")).not.toBe(again);
  });

  it("folds synonyms from knowledge/synonyms.json into one term", () => {
    expect(terms("truce")).toEqual(terms("ceasefire"));
    expect(terms("cease-fire")).toEqual(terms("ceasefire"));
    expect(terms("america")).toEqual(terms("united states"));
  });

  it("folds speaker aliases into the speaker", () => {
    expect(lexicon.analyse("what did the Russian leader say").speakers).toEqual(["putin"]);
    expect(lexicon.analyse("kremlin spokesman").speakers).toEqual(["peskov"]);
    expect(lexicon.analyse("the Foreign Ministry of Russia").speakers).toEqual(["foreign-ministry"]);
  });

  it("keeps question words as cues and drops frame words from the content", () => {
    const a = lexicon.analyse("What does Putin think about the ceasefire?");
    expect(a.questionWords).toEqual(["what"]);
    expect(a.cues).toContain("~think");
    expect(a.content).toEqual([...terms("putin"), ...terms("ceasefire")]);
  });

  it("corrects typos against the knowledge base's vocabulary", () => {
    const a = lexicon.analyse("ceasfire");
    expect(a.content).toEqual(terms("ceasefire"));
    expect(a.tokens[0]?.correctedFrom).toBe("ceasfire");
  });

  it("does not turn a real English word into a knowledge-base word", () => {
    expect(lexicon.analyse("rain").tokens[0]?.surface).toBe("rain");
  });

  it("flags unknown names, but not unknown common words, as names", () => {
    // Not after a topic word ("discuss the weather" names its topic: that counts as a name, see everyday-english3).
    const a = lexicon.analyse("did biden say the weather");
    expect(a.unknown).toHaveLength(2);
    expect(a.unknownNames).toHaveLength(1);
  });

  it("treats a capitalised word inside a sentence as a name even when it is a common word", () => {
    expect(lexicon.analyse("what does Jordan say").unknownNames).toHaveLength(1);
  });

  it("reads British spellings as American ones", () => {
    expect(americanSpelling("organisations")).toBe("organizations");
    expect(americanSpelling("favour")).toBe("favor");
    expect(terms("stabilise")).toEqual(terms("stabilize"));
  });
});

describe("Lexicon, names and phrases", () => {
  it("does not correct a capitalised name into a knowledge-base word", () => {
    const a = lexicon.analyse("What did Khan say?");
    expect(a.tokens.find((t) => t.surface === "khan")?.correctedFrom).toBeUndefined();
    expect(a.unknownNames).toHaveLength(1);
  });

  it("still corrects a capitalised misspelling of a name the article uses", () => {
    expect(lexicon.analyse("What did Putn say?").speakers).toEqual(["putin"]);
  });

  it("matches a synonym phrase in any inflection (phrases compare by stems)", () => {
    expect(terms("who is calling for a truce")).toEqual(terms("who called for a truce"));
  });

  it("reads glue phrases as nothing: 'dealing with' is no deal", () => {
    expect(terms("dealing with")).toEqual([]);
    expect(terms("can you help me")).toEqual([]);
  });

  it("reads 'the author' as the article's own voice", () => {
    expect(lexicon.analyse("what does the author think").speakers).toEqual(["article"]);
  });
});

describe("Lexicon, word forms", () => {
  it("reads an unknown adverb as its adjective when the knowledge base knows that ('directly' ~ 'direct')", () => {
    expect(terms("talk directly")).toEqual(terms("direct"));
  });

  it("drops time glue like 'right now'", () => {
    expect(terms("what does putin want right now")).toEqual(terms("putin"));
  });
});
