// claims-blind44's kinds (quality29). A country the article never names put in the place of the one it names —
// typed in lower case it was one more unbacked word, no change was read, and «… обвинил великобританию …» was
// confirmed; a hedged, weakened stance ("might be a sign of some shortcomings" for "a clear indication of the
// failure") lines up word for word and was confirmed too. Claims written for this test from the article, both
// languages; the article's own wording stays confirmed.
import { describe, expect, it } from "vitest";
import { namesPlaceInLowerCase } from "../../src/answering/place-names.js";
import { hedged } from "../../src/claims/near-alteration.js";
import { expectConfirmed, expectNotConfirmed } from "../helpers/claims.js";

describe("a country the article never names in the named one's place", () => {
  it.each([
    "путин упрекнул францию в провальной ближневосточной политике",
    "путин раскритиковал лондон за монополизацию мирных усилий",
    "Путин обвинил Германию в провале политики на Ближнем Востоке",
    "putin criticised china for monopolizing peace efforts",
    "putin faulted britain for a failed middle east policy",
  ])("%s → never confirmed", (claim) => {
    const v = expectNotConfirmed(claim);
    expect(v.changes.some((c) => c.kind === "actor")).toBe(true);
  });

  it.each([
    "путин обвинил штаты в провальной политике на ближнем востоке",
    "путин обвинил америку в провальной политике на ближнем востоке",
    "putin blamed the us for its failed policy in the middle east",
  ])("%s → still confirmed (the country the article names)", (claim) => {
    expectConfirmed(claim);
  });

  it("a lower-case word names a place only as the gazetteer writes it with a capital", () => {
    expect(namesPlaceInLowerCase("china")).toBe(true);
    expect(namesPlaceInLowerCase("british")).toBe(true);
    expect(namesPlaceInLowerCase("us")).toBe(false);
    expect(namesPlaceInLowerCase("policy")).toBe(false);
  });
});

describe("a hedged, weakened stance where the article is firm", () => {
  it.each([
    "Putin hinted the recent bloodshed could point to some flaws in American policy in the region.",
    "did putin say the new wave of violence might reflect a few problems with us policy in the region",
    "путин считает, что новая волна насилия может говорить о некоторых недочётах политики США в регионе",
    "Putin voiced some concern over the civilian casualties in Israel and Gaza.",
  ])("%s → never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    "Putin sees the latest surge in violence as a clear sign that US policy in the region has failed.",
    "There are fears the current crisis may spread beyond the Arab-Israeli conflict zone.",
  ])("%s → still confirmed (firm where the article is firm, hedged where it hedges)", (claim) => {
    expectConfirmed(claim);
  });

  it("names the hedge and the firm word it replaces, and leaves a hedge the paragraph makes", () => {
    const firm =
      "The Russian leader believes that the latest surge in violence is a clear indication of the failure.";
    // claims-r2-38: the statement of a claim framed "Putin believes …" (framed): the hedge is the speaker's.
    expect(hedged("the violence might be a sign of failure", firm, firm, true)).toMatchObject({
      claimed: "might",
      article: "clear",
    });
    const hedging = "there are growing concerns that the current crisis may extend beyond the zone";
    expect(hedged("the crisis may be spreading", hedging, hedging, true)).toBeNull();
    // Unframed, "might" is the claimant's doubt: nothing weakened (hedge-scope.ts).
    expect(hedged("the violence might be a sign of failure", firm, firm)).toBeNull();
  });
});
