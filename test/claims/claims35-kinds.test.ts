// claims35's kinds: a predicate noun of the passage replaced by a noun the vocabulary does not relate to it
// (replaced-predicate.ts: "friction with Israel" of "common ground with Israel"); the whole of the passage's
// parties narrowed to one in the singular ("one side" of "both warring sides") or less a part ("all … except
// one") (qualifier.ts swappedQuantifier); a privative word lined up with its own root through a shared synonym
// group (privative.ts: «бесспорна» beside «споры»). Claims written for this test, not taken from any set.
import { describe, it } from "vitest";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a predicate noun replaced by one the passage does not back", () => {
  it.each([
    "Russia has rivalry with Israel because of the number of former Russian citizens residing there",
    "the russian government has a feud with Israel due to the number of former Russian citizens living there",
    "The Russian Foreign Ministry stresses the futility of coordinating regional players",
    "Putin expressed deep delight over the rising number of civilian casualties in Israel and the Gaza Strip",
  ])("%s -> altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "Russia shares common ground with Israel because of the many former Russian citizens living there",
    "Moscow likes to come across as an even-handed mediator, pointing to its relations with Israelis and Palestinians",
    "Peskov said the Kremlin wants to play a constructive role in resolving the conflict and is looking to help find a settlement",
  ])("a fair rewording stays confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });
});

describe("the whole of the parties narrowed", () => {
  it.each([
    "the kremlin only keeps talking to one side of the war",
    "The Kremlin maintains open communication with a single warring party",
    "All of the warring sides are in open communication with the Kremlin except one",
  ])("%s -> altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "The Kremlin maintains open communication with both warring sides",
    "The Kremlin keeps open communication with each side of the war",
  ])("every one of them is no narrowing: %s", (claim) => {
    expectConfirmed(claim);
  });
});

describe("a privative word lined up with its root through a shared group", () => {
  it("«бесспорно» of the article's «не обходится без споров» is altered", () => {
    expectVerdict("Участие России в мирном процессе на Ближнем Востоке бесспорно", "altered");
  });

  it("«вызывает споры» stays confirmed", () => {
    expectConfirmed("Участие России в ближневосточном мирном процессе вызывает споры");
  });
});
