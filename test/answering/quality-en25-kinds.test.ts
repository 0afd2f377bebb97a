// quality-en25: a speaker's words called anti-American (anti-party.ts), one voice's main points (voice-points.ts),
// why a side would trust Russia (trust-reason.ts), what failed in Putin's view (what-failed.ts), a reaction asked
// of a party the article never quotes (party-reaction.ts), the article's opening or ending asked as a whole
// (paragraph-asked.ts), and openness to talk with each side (call-and-omission.ts). Our own phrasings (not the
// probe set's).
import { describe, expect, it } from "vitest";
import { asAntiParty } from "../../src/answering/anti-party.js";
import { paragraphAsked } from "../../src/answering/paragraph-asked.js";
import { asPartyReaction } from "../../src/answering/party-reaction.js";
import { asTrustReason } from "../../src/answering/trust-reason.js";
import { asVoicePoints } from "../../src/answering/voice-points.js";
import { asWhatFailed } from "../../src/answering/what-failed.js";
import { answerChecks } from "../helpers/answering.js";

const en = answerChecks("en");

describe("a speaker's words called anti-American (anti-party.ts)", () => {
  it("is the blame of US policy, not a refusal", () => {
    expect(asAntiParty("isn't this anti-american of putin")).toBe("isn't this critical of the us of putin");
    expect(en.expectAnswered("was putin's tone anti-american?").answer).toMatch(/United States|US policy/);
    expect(en.expectAnswered("is putin unfriendly towards washington?").answer).toMatch(/United States/);
  });
  it("leaves other words as typed", () => {
    expect(asAntiParty("is the antidote anti venom")).toBe("is the antidote anti venom");
  });
});

describe("one voice's main points (voice-points.ts)", () => {
  it("is what that voice said", () => {
    expect(asVoicePoints("briefly: the kremlin's key messages?")).toBe("what did the kremlin say");
    expect(asVoicePoints("what main points does peskov make")).toBe("what main points does peskov make");
    expect(asVoicePoints("the central points made by peskov")).toBe("what did peskov say");
    expect(asVoicePoints("recap what the foreign ministry said about dialogue")).toBe(
      "what did the foreign ministry say about dialogue",
    );
    expect(en.ask("so, putin's chief points?").kind).toBe("quotes");
  });
  it("leaves a voice the article does not quote as typed", () => {
    expect(asVoicePoints("biden's main messages?")).toBe("biden's main messages?");
  });
});

describe("why a side would trust Russia (trust-reason.ts)", () => {
  it("is Russia's ties with that side", () => {
    expect(asTrustReason("why on earth would israelis trust the kremlin")).toBe(
      "what ties does russia have with israel",
    );
    en.expectAnswered(
      "what reason would the palestinians have to rely on the kremlin",
      "russia-palestinian-ties",
    );
  });
  it("leaves a yes/no question and both sides at once as typed", () => {
    expect(asTrustReason("does israel trust russia")).toBe("does israel trust russia");
    expect(asTrustReason("why would israel and hamas trust russia")).toBe(
      "why would israel and hamas trust russia",
    );
  });
});

describe("what failed in Putin's view (what-failed.ts)", () => {
  it("is the failed US policy, not what Washington failed to consider", () => {
    expect(asWhatFailed("in putin's view, what failed?")).toBe("which policy failed according to putin");
    en.expectAnswered("what exactly went wrong according to the russian president", "us-policy-failure");
    en.expectAnswered("what did washington fail to consider according to putin", "us-monopolizing-peace");
  });
});

describe("a reaction asked of a party the article never quotes (party-reaction.ts)", () => {
  it("is that party's missing reply", () => {
    expect(asPartyReaction("how did the israelis respond to moscow's proposal to mediate")).toBe(
      "how did the israelis react",
    );
    expect(en.ask("has washington reacted to putin offering to broker talks?").reason).toBe("not-in-article");
    expect(en.ask("did turkey accept russia's call for a truce?").entry?.id).toBe("erdogan-views");
  });
  it("leaves a Russian voice's reaction as typed", () => {
    expect(asPartyReaction("how did putin react to the violence")).toBe(
      "how did putin react to the violence",
    );
  });
});

describe("the article's opening or ending asked as a whole (paragraph-asked.ts)", () => {
  it("names the paragraph", () => {
    expect(paragraphAsked("how does this article kick off", 9)).toBe(1);
    expect(paragraphAsked("what does the third paragraph say", 9)).toBe(3);
    expect(paragraphAsked("how does the text finish", 9)).toBe(9);
    expect(paragraphAsked("in the opening paragraph who is fighting", 9)).toBeNull();
  });
  it("answers what the paragraph's lead sentence says", () => {
    en.expectAnswered("how does the report begin", "putin-civilian-casualties");
    en.expectAnswered("what is in the second paragraph", "putin-erdogan-call");
    en.expectAnswered("what does the final paragraph say", "article-conclusion");
  });
});

describe("openness to talk with each side (call-and-omission.ts)", () => {
  it("is the open line to both sides, with its Yes", () => {
    const open = en.expectAnswered(
      "is russia ready to talk with both parties?",
      "kremlin-contact-both-sides",
    );
    expect(open.answer).toMatch(/^Yes\./);
  });
});
