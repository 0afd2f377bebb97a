// A party put for another, an achievement or first time added, the noun after a fixed frame replaced, a verb of
// intent turned to force (framing.ts): the readers alone on written text, then the checker on claims written for
// this test (not those of the probe set).
import { describe, expect, it } from "vitest";
import {
  addedAchievement,
  forcedIntent,
  replacedAfterFrame,
  swappedParty,
} from "../../src/claims/framing.js";
import { check } from "../helpers/claims.js";

describe("a party, a first time, a framed noun or a verb of intent of the claim's own", () => {
  it("finds one party put where the sentence names another, and leaves the same parties alone", () => {
    const sentence = "its relationships with both Israelis and Palestinians";
    expect(swappedParty("its links to Israelis and Iranians", sentence)).toEqual({
      kind: "replaced",
      claimed: "Iran",
      article: "Palestinians",
    });
    expect(
      swappedParty("отношения с израильтянами и иранцами", "отношения с израильтянами и палестинцами"),
    ).not.toBeNull();
    expect(swappedParty("its links to Palestinians and Israelis", sentence)).toBeNull();
    // A party the sentence does not name, none dropped: left to the other readers.
    expect(swappedParty("talks with Hamas", "talks with both warring sides")).toBeNull();
  });

  it("finds an achievement or a first time the sentence does not give", () => {
    expect(addedAchievement("it has already found a settlement", "readiness to contribute")?.claimed).toBe(
      "already",
    );
    expect(addedAchievement("он впервые заявил", "он подтверждает")?.claimed).toBe("впервые");
    expect(addedAchievement("it is ready to help", "readiness to contribute")).toBeNull();
  });

  it("finds the noun after a fixed frame replaced", () => {
    expect(replacedAfterFrame("is not without precedent", "is not without controversy")?.claimed).toBe(
      "precedent",
    );
    expect(replacedAfterFrame("is not without controversy", "is not without controversy")).toBeNull();
  });

  it("finds forcing where the passage helps", () => {
    expect(
      forcedIntent("seeks to impose a settlement", "seeks to assist in finding a settlement")?.claimed,
    ).toBe("impose");
    expect(
      forcedIntent("wants to help reach a settlement", "seeks to assist in finding a settlement"),
    ).toBeNull();
  });

  it("does not confirm such claims, and still confirms fair ones", () => {
    const confirmed = ["verbatim", "paraphrase"];
    for (const claim of [
      "Washington's policy overlooked what the Israelis aspire to.",
      "Russia's involvement in the Middle East peace process is not without problems.",
      "Dmitry Peskov said for the first time that the Kremlin seeks to assist in finding a settlement.",
    ])
      expect(confirmed, claim).not.toContain(check(claim).verdict);
    expect(confirmed).toContain(check("Moscow has ties with both Israelis and Palestinians.").verdict);
  });
});
