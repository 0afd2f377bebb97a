// claims32's kind (party-doer.ts): a party the passage names in another role (a side, an object, a place) made
// the doer of a deed the passage gives to someone else ("Hamas has expressed deep concern…": Putin did). Never
// confirmed: misattributed when the passage's doer is a speaker, else altered. Claims written for this test.
import { describe, expect, it } from "vitest";
import { CONFIRMING, check, expectConfirmed, expectVerdict } from "../helpers/claims.js";
import { realParties } from "../helpers/engine.js";

describe("a party made the doer of a speaker's deed", () => {
  it.each([
    ["Hamas has expressed deep concern over the rising number of civilian casualties", "misattributed"],
    ["Turkey acknowledges the need for a Palestinian state", "misattributed"],
    ["Peskov has expressed deep concern over the rising number of civilian casualties", "misattributed"],
    ["Хамас выразил глубокую обеспокоенность ростом числа жертв среди мирного населения", "misattributed"],
    // A body named by its party's adjective is that party (party-doer.ts's GROUP_NOUN): found by the lead after
    // claims32 merged ("the Israeli military" was still confirmed).
    [
      "The Israeli military has expressed deep concern over the rising number of civilian casualties",
      "misattributed",
    ],
    ["The Turkish government emphasized the urgent need for an immediate ceasefire", "misattributed"],
  ])("%s -> %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it.each([
    // The right doer, or a deed whose doer the passage gives to the claimed party, keeps its verdict.
    "Putin has expressed deep concern over the rising number of civilian casualties in Israel and the Gaza Strip",
    "The US failed to address the interests of the Palestinians",
    "Putin acknowledges the need for a Palestinian state",
    "The Russian government has long-standing ties with the Palestinians, including Hamas",
    "Путин выразил глубокую обеспокоенность ростом числа жертв среди мирного населения",
  ])("%s: confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

/** Speakers' deeds of the article, each a predicate its sentence gives to a speaker (Putin, Peskov, the Kremlin). */
const DEEDS = [
  "has expressed deep concern over the rising number of civilian casualties in Israel and the Gaza Strip",
  "emphasized the urgent need for an immediate ceasefire and the resumption of the negotiation process",
  "criticizes Washington for monopolizing peace efforts without considering compromises acceptable to both sides",
  "acknowledges the need for a Palestinian state",
  "reaffirms that the Kremlin aims to play a constructive role in resolving the conflict",
];

/** Every party's first name in English, but Russia's (the speakers' own party). */
const OTHERS = realParties
  .filter((p) => p.id !== "russia" && p.id !== "both" && p.id !== "others")
  .map((p) => p.names.en[0])
  .filter((name): name is string => name !== undefined);

describe("property: another party as the doer of a speaker's deed is never confirmed", () => {
  it("every pair", () => {
    expect(OTHERS.length).toBeGreaterThan(5);
    const confirmed = OTHERS.flatMap((party) =>
      DEEDS.map((deed) => `${party[0]?.toUpperCase()}${party.slice(1)} ${deed}`),
    ).filter((claim) => CONFIRMING.has(check(claim).verdict));
    expect(confirmed).toEqual([]);
  });
});
