// claims12's guard: a word of the claim's own standing in the slot of a noun or adjective of the passage (its
// neighbours on both sides lined up) is the change, whatever reader missed it; a hyphenated article word
// ("long-standing") keeps its WordNet opposites though the lexicon reads it as a phrase. Fair paraphrases that
// reword a verb ("shows" for "highlights", "set up" for "establish") stay confirmed. Claims written for this test.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a word of the claim's own in the slot of the passage's", () => {
  it.each([
    ["The Israeli-Palestinian conflict highlights the benefits of failed Middle East policies.", "benefits"],
    ["The conflict highlights the virtues of failed Middle East policies.", "virtues"],
    ["The Russian government has short-lived ties with the Palestinians, including Hamas.", "short"],
    ["Russia has brief ties with the Palestinians, including Hamas.", ""],
  ])("%s → altered, never confirmed", (claim, word) => {
    const v = expectNotConfirmed(claim);
    if (word) expect(v.changes.map((c) => c.claimed)).toContain(word);
  });

  it.each([
    "The Israeli-Palestinian conflict highlights the consequences of failed Middle East policies.",
    "The article says the conflict shows the consequences of failed Middle East policies",
    "The Russian government has long-standing ties with the Palestinians, including Hamas.",
    "The Russian Foreign Ministry says it is important for regional players to coordinate so as to stabilize the situation and set up direct dialogue between Palestinians and Israelis.",
  ])("%s → still confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

describe("more kinds found by claims12's own battery (each was confirmed before)", () => {
  it.each([
    ["Putin acknowledges the need for a Jewish state.", "jewish state"],
    ["The Kremlin hampers reaching a settlement.", "hampers"],
    ["The Kremlin expresses its readiness to frustrate a settlement.", "frustrate"],
  ])("%s → altered", (claim, word) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.map((c) => c.claimed)).toContain(word);
  });

  it.each([
    "Putin acknowledges the need for an independent Palestinian state.",
    "The Kremlin is ready to contribute to reaching a settlement.",
    "The Quartet was formed to ease Israeli-Palestinian negotiations.",
  ])("%s → still confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

describe("same-meaning words WordNet does not join", () => {
  it.each([
    "The Russian president sees the recent spike in bloodshed as plain evidence that American policy in the region has failed.",
    "According to Putin, the US tried to keep the peace process all to itself and never looked for compromises both sides could accept",
  ])("%s → paraphrase", (claim) => {
    expectVerdict(claim, "paraphrase");
  });

  it("an opposite of plain stays an alteration", () => {
    expectNotConfirmed(
      "The Russian leader believes the latest surge in violence is an unclear indication of US policy failing.",
    );
  });
});
