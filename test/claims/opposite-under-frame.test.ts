// A frame of the claim's own ("analysts are sure", "observers believe") keeps a claim short of "near", yet four or
// more of its words line up with a passage and one is said the other way round ("within" of "beyond"): the passage
// rewritten, altered, not news (short-of-match.ts, changedNear). Claims written for this test.
import { describe, it } from "vitest";
import { expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("an opposite under a frame of the claim's own", () => {
  it.each([
    "analysts are certain the current crisis will remain inside the Arab-Israeli conflict zone",
    "observers firmly believe that the present crisis will be kept within the Arab-Israeli conflict zone",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("the passage's own direction is not confirmed as its opposite", () => {
    expectNotConfirmed("analysts are certain the crisis will never leave the Arab-Israeli conflict zone");
  });
});
