// claims-blind47's kind: a deed the article never reports joined by "and" to one it does ("… and suggested handing
// mediation to …"): the speaker's true statement carries a new one, altered rather than "not in the article".
// Claims written for this test from the article.
import { describe, it } from "vitest";
import { expectVerdict } from "../helpers/claims.js";

describe("a new deed joined to a reported one", () => {
  it("reads the claim as altered, its passage shown", () => {
    const v = expectVerdict(
      "Putin criticizes Washington for monopolizing peace efforts and offered Egypt the role of chief mediator.",
      "altered",
    );
    if (v.span?.paragraph !== 2) throw new Error(`passage ¶${v.span?.paragraph}`);
  });

  it("keeps a claim whose halves are both news", () => {
    expectVerdict("Putin visited Cairo and signed a trade deal with Egypt.", "not-in-article");
  });
});
