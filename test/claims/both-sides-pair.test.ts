// "Both sides" read as the pair its passage names (both-sides-pair.ts): the civilians' casualties "in Israel and the
// Gaza Strip" are on both sides; the reading never confirms what the pair itself does not.
import { describe, it } from "vitest";
import { expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";

describe("both sides as the passage's pair", () => {
  it("confirms Putin's concern for the civilians on both sides", () => {
    expectVerdicts([
      ["Putin expressed concern for civilians on both sides", "paraphrase"],
      ["Putin voiced concern about civilian casualties on both sides of the conflict", "paraphrase"],
    ]);
  });
  it("never confirms a deed or a group the passage does not give both sides", () => {
    expectNoneConfirmed([
      "Putin blamed both sides for the civilian casualties",
      "Putin praised both sides",
      "Putin expressed no concern for civilians on both sides",
      "Putin expressed concern for soldiers on both sides",
      "Putin called for an escalation on both sides",
    ]);
  });
});
