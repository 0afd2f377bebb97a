// A detail the passage does not give, added to words that line up with it (added-detail.ts): a figure or an
// amount, a time, a place, a superlative, another descriptor of a group. Never confirmed; altered when the claim
// says much of its passage, else not in the article. Claims written for this test, not the probe set's.
import { describe, expect, it } from "vitest";
import { addedDetails } from "../../src/claims/added-detail.js";
import { expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

const RESIDING =
  "While the Russian government has long-standing ties with the Palestinians, including Hamas, it also shares common ground with Israel due to the number of former Russian citizens residing there.";

describe("a figure or an amount the article does not give", () => {
  it.each([
    "close to a million ex-Russian citizens are living in Israel",
    "the bulk of Israel's population, the majority, are former Russian citizens",
    "Russia has common ground with Israel because 1.5 million former Russian citizens reside there",
    "около миллиона бывших российских граждан проживают в Израиле",
    "у России есть общие интересы с Израилем, так как там проживают сотни тысяч бывших граждан России",
  ])("%s: never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it("sharing little of its passage, is not in the article", () => {
    expectVerdict("close to a million ex-Russian citizens are living in Israel", "not-in-article");
  });

  it("saying much of its passage, is altered and names the figure", () => {
    const v = expectVerdict(
      "Putin voiced deep concern over the rising number of civilian casualties, now in the thousands, in Israel and the Gaza Strip",
      "altered",
    );
    expect(v.changes).toContainEqual({ kind: "added", claimed: "thousands", article: "" });
  });
});

describe("a time, a place, a superlative or a group's descriptor the passage does not give", () => {
  it.each([
    "On Friday Putin stressed the urgent need for an immediate ceasefire and for negotiations to resume",
    "Dmitry Peskov reaffirmed last week that the Kremlin aims to play a constructive role in resolving the conflict",
    "Speaking from Tehran, Peskov said the Kremlin seeks to assist in finding a settlement",
    "Putin sees the latest surge in violence as the strongest indication of the failure of US policy in the region",
    "Russia shares common ground with Israel due to the number of former Soviet citizens residing there",
    "Во вторник Путин подчеркнул срочную необходимость немедленного прекращения огня",
    "Москва стремится выглядеть самым беспристрастным посредником",
  ])("%s: never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    // A body's seat the article knows only says where the body is.
    "The Foreign Ministry in Moscow stresses the importance of coordinating regional players",
    // "esp." is "especially", the passage's "particularly".
    "putin says the US govt did not address the palestinians' interests, esp. their hope for an independent state",
    "Putin voiced deep concern over the rising number of civilian casualties in Israel and the Gaza Strip",
  ])("%s: still in other words", (claim) => {
    expectVerdict(claim, "paraphrase");
  });
});

describe("addedDetails", () => {
  it("names each detail the passage has in no form, and none it has", () => {
    expect(
      addedDetails("about a million former soviet citizens live in Israel yesterday", RESIDING, RESIDING),
    ).toEqual(["million", "soviet", "yesterday"]);
    expect(addedDetails("the Russian government has ties with Hamas in Israel", RESIDING, RESIDING)).toEqual(
      [],
    );
  });

  it("reads 'тем самым' as thereby, not as a superlative", () => {
    expect(addedDetails("Москва тем самым подчёркивает свои отношения", "Москва стремится", "")).toEqual([]);
    expect(addedDetails("самым беспристрастным посредником", "беспристрастным посредником", "")).toEqual([
      "самым беспристрастным",
    ]);
  });
});

describe("a hedge made a certainty, and a fair 'not bothering with' (neutral-pairs.ts)", () => {
  it.each([
    // Was confirmed: "certain" stood in no pair with the passage's "may".
    "the crisis is certain to extend beyond the Arab-Israeli conflict zone",
    "the current crisis is bound to spread beyond the conflict zone",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("reads 'not bothering with compromises' as 'without considering compromises'", () => {
    expectVerdict(
      "Putin faults Washington for monopolizing peace efforts and not bothering with compromises acceptable to both sides",
      "paraphrase",
    );
  });
});
