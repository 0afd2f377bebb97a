// claims8's kind: a noun closing an idiom the knowledge base reads as one concept ("negotiating table",
// "bargaining table": negotiations) is the idiom's tail, not a noun swapped for the passage's "process"; a noun
// no phrase backs in the same place still comes out altered. Claims written for this test from the article.
import { describe, expect, it } from "vitest";
import { CONFIRMING, check } from "../helpers/claims.js";

describe("an idiom's last noun is not a swapped noun", () => {
  it.each([
    "Putin told Erdogan they need a ceasefire right away and a return to the negotiating table",
    "Putin told Erdogan they need an immediate ceasefire and to get back to the bargaining table",
    "Putin told Erdogan a ceasefire is needed at once and the sides must get back to the negotiating table",
  ])("%s stays confirmed", (claim) => {
    const verdict = check(claim);
    expect(verdict.changes.filter((c) => c.kind === "replaced")).toEqual([]);
    expect(CONFIRMING.has(verdict.verdict)).toBe(true);
  });

  it("a noun no phrase backs, in the process's place, stays altered", () => {
    const verdict = check(
      "Putin told Erdogan there is an urgent need for an immediate ceasefire and the resumption of the negotiation budget",
    );
    expect(verdict.verdict).toBe("altered");
    expect(verdict.changes).toContainEqual({ kind: "replaced", claimed: "budget", article: "process" });
  });
});
