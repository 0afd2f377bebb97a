// Short claims, as yes/no questions become them ("does Putin want war?" -> "Putin want war"): one word lined up
// through a synonym, or a name of the passage put in its subject's place, must never be confirmed; the plain
// true ones still are.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectNotConfirmed, expectVerdict } from "../helpers/claims.js";

describe("short claims", () => {
  it.each(["Putin wants war", "Peskov wants war", "Putin wants conflict", "Peskov wants violence"])(
    "a claim of one word backed only through a synonym is not confirmed: %s",
    (claim) => {
      expectNotConfirmed(claim);
    },
  );

  it.each([
    "Putin says US policy in the region worked",
    "US policy in the Middle East is working, says Putin",
  ])("'worked' against 'failed' is the opposite: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    ["Israel is part of the Quartet", "russia"],
    ["Palestinians are part of the Quartet", "russia"],
  ])("a name of the passage put in its subject's place is another actor: %s", (claim, article) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes).toContainEqual({ kind: "actor", claimed: expect.any(String), article });
  });

  it.each([
    "Putin wants a ceasefire",
    "Putin called Erdogan",
    "Russia is part of the Quartet",
    "The UN is part of the Quartet",
    "The US is in the Quartet",
  ])("a plain true short claim is still confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });
});
