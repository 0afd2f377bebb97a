// dialog35: whose words after an answer quoting several voices (the part the last question asked), plain
// membership of a list the article gives ("does the quartet include the UN?"), "so the X link is real?" on the
// last quotes, "what about <voice>?" after a yes/no, "him"/"с ним" for the last turn's person, "говорил с" as
// talking with, a bare "what does it say then", and "своё государство" in a Russian yes/no.
// Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { articleSaysOf } from "../../src/dialogue/article-says.js";
import { askedPartSpeaker } from "../../src/dialogue/said-part.js";
import { talkedWithOf } from "../../src/dialogue/talked-with.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("whose words, after an answer quoting several voices", () => {
  it("is No for a quoted voice whose part was not the one asked", () => {
    expect(lastVerdict(["what did the russians say they would do", "was that putin who said it?"])).toBe(
      "no",
    );
  });
  it("picks the quote stating an aim for 'what would they do'", () => {
    const quotes = [
      { text: "Putin emphasized the urgent need for an immediate ceasefire.", speakerId: "putin" },
      { text: "Peskov reaffirms that the Kremlin aims to play a constructive role.", speakerId: "peskov" },
    ];
    expect(askedPartSpeaker("what would the russians do", quotes)).toBe("peskov");
    expect(askedPartSpeaker("what did they say", quotes)).toBeNull();
  });
});

describe("membership of the Quartet's list", () => {
  it("is Yes for a listed member asked plainly, No for a side of the talks", () => {
    expect(lastVerdict(["does the quartet include the united nations?"])).toBe("yes");
    expect(lastVerdict(["is washington a member of the quartet"])).toBe("yes");
    expect(lastVerdict(["is israel a member of the quartet?"])).toBe("no");
  });
  it("is no Yes for 'still', 'only' or a negation", () => {
    expect(lastVerdict(["is the EU still in the quartet?"])).not.toBe("yes");
    expect(lastVerdict(["is the US the only member of the quartet?"])).not.toBe("yes");
  });
});

describe("'so the X is real?' after the answer that reports it", () => {
  it("is Yes when the last quotes hold the thing", () => {
    expect(lastVerdict(["what ties does russia have", "so the link to hamas is true?"])).toBe("yes");
    expect(lastVerdict(["какие связи у россии", "выходит, связи с хамасом реальны?"], "ru")).toBe("yes");
  });
  it("is left alone for a thing the quotes lack", () => {
    expect(lastVerdict(["what ties does russia have", "so the link to iran is real?"])).not.toBe("yes");
  });
});

describe("another voice or person after the last turn", () => {
  it("'what about <voice>?' after a yes/no is that yes/no asked of the voice", () => {
    expect(lastVerdict(["does putin want an immediate ceasefire?", "ok and what about peskov?"])).toBe(
      "not-said",
    );
  });
  it("'him' is the last turn's person, not a Yes on whoever the call's entry names", () => {
    expect(lastVerdict(["who's peskov", "did putin speak with him?"])).not.toBe("yes");
    expect(lastVerdict(["who's erdogan", "did putin speak with him?"])).toBe("yes");
    expect(lastVerdict(["кто такой эрдоган", "путин говорил с ним?"], "ru")).toBe("yes");
  });
  it("reads 'говорил с' as talking with", () => {
    expect(talkedWithOf("а он говорил с эрдоганом?")).toBe("а он разговаривал с эрдоганом?");
    expect(talkedWithOf("он говорил о перемирии?")).toBeNull();
  });
});

describe("the article asked about bare", () => {
  it("'what does it say then' is the summary, a topic named is not", () => {
    expect(articleSaysOf("alright what does the story say then?")).toBe("what is the article about?");
    expect(articleSaysOf("what does it say about hamas")).toBeNull();
    expect(lastAnswer(["how many soldiers died?", "fine, what does it say then"]).answer.answered).toBe(true);
  });
});

describe("a reflexive possessive in a Russian yes/no", () => {
  it("keeps the entry's verdict", () => {
    expect(lastVerdict(["путин признаёт право палестинцев на собственное государство?"], "ru")).toBe("yes");
  });
});
