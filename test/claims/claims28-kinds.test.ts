// claims-blind43's kind (quality28): two parties' attributes exchanged between the clauses of one sentence — the
// article gives Russia long-standing ties with the Palestinians and common ground with Israel through the former
// Russian citizens living there; a claim with the two parties the other way round keeps every word and was
// confirmed as a paraphrase. Claims written for this test from the article, both languages.
import { describe, expect, it } from "vitest";
import { exchangedParties } from "../../src/claims/exchanged-parties.js";
import { expectConfirmed, expectNotConfirmed } from "../helpers/claims.js";

const SENTENCE =
  "While the Russian government has long-standing ties with the Palestinians, including Hamas, it also shares common ground with Israel due to the number of former Russian citizens residing there.";

describe("two parties exchanged between clauses (exchanged-parties.ts)", () => {
  it.each([
    "Moscow has decades-old ties with Israel, while it finds common ground with the Palestinians thanks to the many ex-Russian citizens who live there.",
    "The Russian government has long-standing ties with Israel, and it shares common ground with the Palestinians because of the former Russian citizens residing there.",
    "Россия давно связана с Израилем, включая его армию, а с палестинцами её роднит число бывших граждан России, проживающих там.",
  ])("%s → never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    "The Russian government has long-standing ties with the Palestinians, including Hamas, and it shares common ground with Israel because of the former Russian citizens residing there.",
    "Россия давно связана с палестинцами, включая ХАМАС, а с Израилем её роднят бывшие российские граждане, проживающие там.",
  ])("%s → still confirmed (each party in its own clause)", (claim) => {
    expectConfirmed(claim);
  });

  it("names the exchanged parties, and needs both clauses moved", () => {
    expect(
      exchangedParties(
        "Russia has long-standing ties with Israel, while it shares common ground with the Palestinians through former Russian citizens residing there",
        SENTENCE,
      ),
    ).toMatchObject({ kind: "actor", claimed: "israel", article: "palestinians" });
    // One clause alone on the other party's words is no exchange (the other clause says nothing of the passage's).
    expect(
      exchangedParties(
        "Russia has long-standing ties with Israel, while the Palestinians want a state",
        SENTENCE,
      ),
    ).toBeNull();
    // One clause: nothing to exchange.
    expect(exchangedParties("Russia has long-standing ties with Israel", SENTENCE)).toBeNull();
  });
});
