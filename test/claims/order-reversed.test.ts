// claims-blind47/48's kind: the article's ceasefire "and" the resumption of talks, asked for together, put one after
// the other ("only after", "before", «лишь после», «до того, как»): a sequence of the claim's own, altered. Claims
// written for this test from the article, both languages; a time of the call itself stays as it was.
import { describe, expect, it } from "vitest";
import { orderedPair } from "../../src/claims/order-reversed.js";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

const sentence =
  "Putin emphasized the urgent need for an immediate ceasefire and the resumption of the negotiation process.";

describe("an order in time of what the passage coordinates", () => {
  it.each([
    "Putin said the fighting can stop only once negotiations have resumed.",
    "Putin wants the negotiation process to resume first, then a ceasefire.",
    "Путин считает, что прекращение огня наступит лишь когда возобновятся переговоры.",
    "По словам Путина, прекращение огня возможно только после возобновления переговорного процесса.",
  ])("%s → altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("leaves a claim whose sides stand on one side of the 'and'", () => {
    expectConfirmed("In a phone call with Erdogan, Putin stressed the need for an immediate ceasefire.");
    expect(
      orderedPair("After the call with Erdogan, Putin stressed the need for a ceasefire.", [sentence]),
    ).toBeNull();
  });

  it("names the connective", () => {
    expect(orderedPair("a ceasefire only after the negotiation process resumes", [sentence])).toBe(
      "only after",
    );
    expect(orderedPair("talks must resume before any ceasefire", [sentence])).toBe("before");
    expect(orderedPair("a ceasefire and the resumption of talks", [sentence])).toBeNull();
  });
});
