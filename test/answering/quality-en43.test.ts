// English single questions of quality-en43's kinds, through the engine: one slip in a plain English word, a wrong
// party as the call's partner, its office or the speaker of a story statement, contact with both sides named, a
// summary asked by an unusual noun, a long story closed by its real question, praise asked with its reason, the
// fighting told to go on. Questions written for this test; off-story neighbours of each kind stay refused.
import { describe, expect, it } from "vitest";
import { closingQuestionOf, storyAsks } from "../../src/answering/closing-question.js";
import { plainSlip } from "../../src/answering/plain-slips.js";
import { realEngine as engine } from "../helpers/engine.js";

const entryOf = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : null;
};

describe("one slip in a plain English word (plain-slips.ts)", () => {
  const known = new Set(["blame", "connected", "accountable", "believe"]);
  it("finds the known word a doubled letter, a dropped letter or a sound-alike vowel away", () => {
    expect(plainSlip("conected", (w) => known.has(w))).toBe("connected");
    expect(plainSlip("acountable", (w) => known.has(w))).toBe("accountable");
    expect(plainSlip("blaim", (w) => known.has(w))).toBe("blame");
    expect(plainSlip("beleive", (w) => known.has(w))).toBe("believe");
  });
  it("leaves short words and names alone", () => {
    expect(plainSlip("biden", (w) => known.has(w))).toBeNull();
    expect(plainSlip("macron", (w) => known.has(w))).toBeNull();
  });
  it("answers on-topic questions with such a slip and still refuses off-topic ones", () => {
    expect(entryOf("why is putin blaiming the americans")).toBe("putin-blames-us");
    expect(entryOf("how is moscow conected to the israelis")).toBe("russia-israel-ties");
    expect(entryOf("how can i conect my printer to the network")).toBeNull();
  });
});

describe("a wrong party at the other end of the call, or speaking (wrong-party.ts)", () => {
  it("reads the call talked over with someone else on the phone as the reported call", () => {
    const a = engine.findAnswer("Did Putin go over the ceasefire with Angela Merkel by phone?");
    expect(a.answered && a.entry?.id).toBe("putin-erdogan-call");
    expect(a.wrongParty).toBe("call");
  });
  it("reads the partner asked as another country's head as the call, marked for a No", () => {
    const a = engine.findAnswer("was the leader Putin phoned the president of Brazil?");
    expect(a.answered && a.entry?.id).toBe("putin-erdogan-call");
    expect(a.wrongParty).toBe("fact");
  });
  it("reads a statement given to an official the article never names as who said it", () => {
    const a = engine.findAnswer("Did Nebenzya say the Kremlin seeks to help reach a settlement?");
    expect(a.answered && a.entry?.id).toBe("kremlin-settlement-role");
    expect(a.wrongParty).toBe("fact");
  });
  it("leaves a talk with nothing of the story, or anything said by a stranger, refused", () => {
    expect(entryOf("Did Putin talk on the phone with Biden?")).toBeNull();
    expect(entryOf("Did Nebenzya say anything about the weather?")).toBeNull();
  });
});

describe("contact with both sides, each named (call-and-omission.ts)", () => {
  it("reads the two sides named together as both sides", () => {
    expect(entryOf("is moscow in touch with the israeli goverment and hamas alike?")).toBe(
      "kremlin-contact-both-sides",
    );
    expect(entryOf("does russia speak to israel as well as the palestinians?")).toBe(
      "kremlin-contact-both-sides",
    );
  });
});

describe("a summary asked by an unusual noun (intents.ts)", () => {
  it("answers a digest, a potted synopsis or an abstract of the piece with the summary", () => {
    expect(entryOf("could I have a potted synopsis of this article")).toBe("summary");
    expect(entryOf("an abstract of the piece, please")).toBe("summary");
  });
  it("still refuses a digest of something else", () => {
    expect(entryOf("give me a condensed digest of the football season")).toBeNull();
  });
});

describe("a long story closed by its real question (closing-question.ts)", () => {
  it("takes the closing question, even with a short remark after it", () => {
    const c = closingQuestionOf(
      "My cousin sent me this while I was on holiday and I only read the headline, something about Russia and the war. Which politician did Putin ring and what did he press for? I have to brief my team.",
    );
    expect(c?.question).toBe("Which politician did Putin ring and what did he press for?");
  });
  it("asks the disputed claim of a bare 'who's right?'", () => {
    const c = closingQuestionOf(
      "At lunch my coworker swore that Putin said nothing about Gaza at all and just attacked America the whole time. I was sure he did speak about the civilians there. Who's right?",
    );
    expect(c?.bare).toBe(true);
    expect(storyAsks(c!)[0]).toMatch(/^is it true that putin said nothing about gaza/i);
  });
  it("answers the story's forgotten thing of a bare 'can you remind me?'", () => {
    expect(
      entryOf(
        "For my history homework the tutor brought up a four-nation body meant to get the Israelis and Palestinians talking. Russia was one of them, I know, but I forgot who the rest were. Can you remind me?",
      ),
    ).toBe("quartet-members");
  });
  it("answers a closing question with words of its own rather than the story around it", () => {
    expect(
      entryOf(
        "My uncle always says Moscow blames the West for every problem, and when I forwarded this article he just laughed at me. What precisely did Putin say Washington got wrong about the peace efforts? I want to show him.",
      ),
    ).toMatch(/^(?:us-monopolizing-peace|putin-on-us|us-policy-failure|putin-blames-us)$/);
  });
  it("still refuses a long story closed by an off-story question", () => {
    expect(
      entryOf(
        "My friend keeps sending me articles about Russia and Israel and I read this one on the bus this morning on the way to work. Anyway, what is the best pizza place in Naples?",
      ),
    ).toBeNull();
  });
});

describe("the opposite of the article asked with a reason or an addressee", () => {
  it("reads praise for a reason as praise of that party (praise-for.ts)", () => {
    expect(entryOf("Did Putin commend Washington for honouring Palestinian hopes?")).toMatch(
      /^(?:putin-on-us|putin-blames-us|us-ignores-palestinian-interests|us-policy-failure)$/,
    );
  });
  it("reads the fighting told to go on as what Putin called for (fighting-on.ts)", () => {
    expect(entryOf("did putin tell erdogan that the war must carry on until israel wins?")).toMatch(
      /^(?:putin-erdogan-call|ceasefire-call)$/,
    );
  });
});
