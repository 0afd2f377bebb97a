// "NAME is sending an envoy to …": a predicate opening on a verb is a deed, not an office, so the wrong-role
// reader (a speaker given an office not theirs) leaves it as it was: news the article never reports stays not in
// the article (wrong-role.ts, VERB_OPEN). A speaker given another office stays altered. Claims written for this
// test.
import { describe, it } from "vitest";
import { expectVerdict } from "../helpers/claims.js";

describe("a deed after 'is', no office given", () => {
  it.each([
    "Russia is dispatching a presidential envoy to Amman to broker a prisoner swap.",
    "Peskov is travelling to Riyadh as a special envoy to discuss hostages.",
    "Russia was appointing an ambassador to mediate between the sides in Oslo.",
  ])("%s: not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  it.each(["Peskov is Russia's defence minister.", "Peskov is the Russian ambassador to Israel."])(
    "%s: another office, altered",
    (claim) => {
      expectVerdict(claim, "altered");
    },
  );
});
