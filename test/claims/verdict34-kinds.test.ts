// verdict34's kind: a negation said of another actor inside the stretch a claim lines up with
// (other-actor-negation.ts) does not turn a backed claim into a negation of the article. Claims written for
// this test.
import { describe, expect, it } from "vitest";
import { check, expectConfirmed } from "../helpers/claims.js";

describe("another actor's negation is not the claim's", () => {
  it.each([
    "Путин признаёт право палестинцев на своё государство",
    "Путин признаёт право палестинцев на собственное государство",
  ])("%s", (claim) => {
    const v = expectConfirmed(claim);
    expect(v.changes.filter((c) => c.kind === "negation")).toEqual([]);
  });

  it("a negation of the claim's own words still counts", () => {
    expect(check("Путин не признаёт необходимость палестинского государства").verdict).not.toMatch(
      /verbatim|paraphrase/,
    );
  });
});
