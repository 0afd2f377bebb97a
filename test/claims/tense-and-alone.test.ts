// claims15's kinds: a future the passage does not give (tense.ts) and "alone" after the member a claim keeps of the
// passage's pair (scope.ts). Both are alterations, never confirmed; the passage's own time and pairs stay confirmed.
import { describe, expect, it } from "vitest";
import { createClaimChecker } from "../../src/claims/index.js";
import { sameRussianRoot } from "../../src/claims/russian-words.js";
import { movedToFuture } from "../../src/claims/tense.js";
import { realKb as kb } from "../helpers/engine.js";

const check = createClaimChecker(kb);

describe("a future the passage does not give", () => {
  it.each([
    "Russia will be part of the Quartet formed to facilitate Israeli-Palestinian negotiations.",
    "Russia is going to join the Quartet formed to facilitate Israeli-Palestinian negotiations",
    "The Russian government will have ties with the Palestinians, including Hamas.",
  ])("alters %j", (claim) => expect(check(claim).verdict).toBe("altered"));

  it("reads the future only against a passage of something done, not one that looks ahead", () => {
    expect(
      movedToFuture("Russia will join the Quartet", "Russia has been part of the Quartet")?.claimed,
    ).toBe("will");
    expect(movedToFuture("The crisis will extend", "the current crisis may extend beyond")).toBeNull();
    expect(movedToFuture("The Kremlin will help", "expresses its readiness to contribute")).toBeNull();
    expect(movedToFuture("Russia has been in the Quartet", "Russia has been part of the Quartet")).toBeNull();
  });

  it("keeps the passage's own tense confirmed", () => {
    expect(
      check("Russia has been part of the Quartet formed to facilitate Israeli-Palestinian negotiations.")
        .verdict,
    ).toBe("verbatim");
  });
});

describe("'alone' after the member a claim keeps", () => {
  it.each([
    "Moscow highlights its relationships with Palestinians alone.",
    "Putin has expressed deep concern over the rising number of civilian casualties in Israel alone.",
  ])("alters %j", (claim) => expect(check(claim).verdict).toBe("altered"));
});

describe("a Russian noun and its adjective are one word (sameRussianRoot)", () => {
  it("confirms a one-word claim backed by the passage's adjective of the same root", () => {
    expect(check("путин хочет переговоров?").verdict).toBe("paraphrase");
    expect(check("путин не хочет переговоров").verdict).toBe("altered");
  });
  it("keeps short stems apart: мир (peace) is not мирн- (civilian)", () => {
    expect(sameRussianRoot("переговоров", "переговорного")).toBe(true);
    expect(sameRussianRoot("мира", "мирных")).toBe(false);
  });
});
