// Kinds of claims-r2-29 (session 29), both directions: a figure added to a real sentence (added-figure.ts), a
// person the article never quotes given a speaker's words (unquoted-name.ts), a swapped call party with a deed the
// article never reports or dated "this week" (contact-news.ts), an admission in another verb than the article's
// "acknowledges" (admission-verb.ts). Claims written for this test, none from a labelled set.
import { describe, it } from "vitest";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a figure the article never gives", () => {
  it.each([
    "Some 700,000 former Russian citizens reside in Israel, giving Moscow common ground with the Israelis.",
    "Russia has common ground with Israel thanks to the three million former Russian citizens living there.",
  ])("%s: put into a real sentence, altered", (claim) => {
    expectVerdict(claim, "altered");
  });
  it.each([
    "Nearly 900,000 former Russian citizens live in Israel.",
    "More than 5,000 civilians have died in Gaza.",
  ])("%s: the figure is the claim's point, not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });
});

describe("a person the article never quotes", () => {
  it.each([
    "Dmitry Medvedev said the Kremlin aims to play a constructive role in resolving the conflict.",
    "Shoigu criticised Washington for monopolizing peace efforts without considering compromises acceptable to both sides.",
  ])("%s: given a speaker's words, misattributed", (claim) => {
    expectVerdict(claim, "misattributed");
  });
  it.each([
    "Medvedev praised Washington for leading peace efforts.",
    "Iran blamed the United States for the war.",
  ])("%s: words the article never reports stay unconfirmed, no misattribution", (claim) => {
    const v = expectNotConfirmed(claim);
    if (v.verdict === "misattributed") throw new Error(`${claim}: misattributed`);
  });
});

describe("a call with a party the article never names", () => {
  it.each([
    "putin phoned macron and asked him to send troops to the region",
    "Putin holds phone talks with Scholz this week.",
    "На этой неделе у Путина телефонный разговор с Шольцем.",
  ])("%s: a deed never reported or a dated call, not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });
  it.each(["Putin discussed the crisis in a phone call with Macron and called for a ceasefire."])(
    "%s: the article's call and deed, its party swapped, altered",
    (claim) => {
      expectVerdict(claim, "altered");
    },
  );
});

describe("an admission in another verb", () => {
  it.each([
    "Putin admits that the Palestinians need a state of their own.",
    "Putin accepts the need for a Palestinian state.",
  ])("%s: the article's acknowledgement, confirmed", (claim) => {
    expectConfirmed(claim);
  });
  it.each([
    "Putin agrees a Palestinian state is not needed.",
    "Peskov concedes that the Palestinians need a state.",
    "Erdogan agreed with Putin on the need for a Palestinian state.",
  ])("%s: negated, another speaker or another party, not confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
});

describe("regional players kept out where the passage coordinates them", () => {
  it.each([
    "По мнению МИД России, региональных игроков нельзя допускать к стабилизации ситуации.",
    "The Foreign Ministry says regional players must not be allowed to help stabilize the situation.",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });
});

describe("what a country itself has done, for its own role", () => {
  it.each(["Putin never talked about what Russia itself did in the peace process."])(
    "%s: the article's no mention of Russia's own role, confirmed",
    (claim) => {
      expectConfirmed(claim);
    },
  );
  it.each([
    "Putin praised what Russia itself has done in the peace process.",
    "Putin dwelt at length on what Russia itself has done in the peace process.",
  ])("%s: the role spoken of, not confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
});
