// claims37's kinds: a place the passage's "the region" stands for (stand-in-place.ts), an onset verb for the
// passage's "establish" (onset-as-establish.ts), "without X" for "without considering X" (carried-negation.ts),
// chat shorthand ("u.s", "w/o"), a titled name in the place of the call's party (titled-name.ts), a member added
// to the Quartet where it lined up with another name (short-of-match.ts), a denial about a party the article never names
// in the place of the passage's (absent-party.ts). Claims written for this test, not the probe set's.
import { describe, expect, it } from "vitest";
import { expectNotConfirmed, expectVerdict } from "../helpers/claims.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";

describe("a place the passage's stand-in points at", () => {
  it.each([
    "Putin says the latest surge in violence clearly shows US Middle East policy has failed",
    "Putin views the newest violence as a clear sign that American policy in the Middle East failed",
  ])("%s: paraphrase", (claim) => {
    expectVerdict(claim, "paraphrase");
  });

  it.each([
    // A place the article names, but not with the policy: still an addition.
    "Putin says the fresh outbreak of violence clearly shows US policy in the Gaza Strip has failed",
    "Putin says the fresh outbreak of violence clearly shows US policy in Asia has failed",
  ])("%s: not confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
});

describe("an onset verb for the passage's establish", () => {
  it("the ministry wanting direct talks to get under way: paraphrase", () => {
    expectVerdict(
      "the Russian Foreign Ministry hopes direct Palestinian-Israeli talks get under way",
      "paraphrase",
    );
  });
  it.each([
    "the Russian Foreign Ministry hopes direct Palestinian-Israeli talks never begin",
    "the Russian Foreign Ministry wants direct Palestinian-Israeli talks to end",
  ])("%s: not confirmed", (claim) => {
    expectNotConfirmed(claim);
  });
});

describe("without X for without considering X", () => {
  it("Putin's words reworded so: paraphrase", () => {
    expectVerdict(
      "Putin criticizes Washington for monopolizing the peace efforts without compromises that both sides accept",
      "paraphrase",
    );
  });
  it("the same words given to Peskov: misattributed", () => {
    expectVerdict(
      "Peskov criticizes Washington for monopolizing peace efforts without compromises acceptable to both sides",
      "misattributed",
    );
  });
  it("the negation taken off: altered", () => {
    expectVerdict(
      "Putin criticizes Washington for monopolizing peace efforts with compromises acceptable to both sides",
      "altered",
    );
  });
});

describe("chat shorthand", () => {
  it("'u.s' with its last dot left off is the US", () => {
    expectVerdict("putin blames the u.s for a failed policy in the middle east", "paraphrase");
  });
});

describe("a titled name, a list member, an absent party denied", () => {
  it("a call with a titled leader the article never names: altered", () => {
    expectVerdict("Putin had a phone call with Jordanian King Abdullah about a ceasefire", "altered");
  });
  it("a member added to the Quartet and the count changed: altered", () => {
    expectVerdict(
      "Russia joined the US, the UN, the EU and the African Union in a group of five mediators",
      "altered",
    );
  });
  it.each(["Peskov says Putin will not ring Trudeau", "Путин не станет звонить Трюдо"])(
    "%s: not in the article",
    (claim) => {
      expectVerdict(claim, "not-in-article");
    },
  );
  it("the correction of the call's party is no denial about the new one: altered", () => {
    expectVerdict("so putin's call was with the jordanian king, not erdogan?", "altered");
  });
});

describe("through the bot", () => {
  it("/check of a denial about a party the article never names says it is not in the article", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send("/check Peskov says Putin will not ring Trudeau");
    expectValidOutput(t.api);
    expect(visibleText(t.api.lastReply())).toMatch(/^🚫 Not in the article/);
  });
  it("/check of the policy's place named says it is in the article in other words", async () => {
    const t = createTestBot({ kb: realKb, engine: realEngine });
    await t.send(
      "/check Putin views the newest violence as a clear sign that American policy in the Middle East failed",
    );
    expectValidOutput(t.api);
    expect(visibleText(t.api.lastReply())).toMatch(/^🟡 In the article, in other words/);
  });
});
