// Citizens of a country put in a passage that counts no one's citizens ("Russian nationals are among the dead"):
// news, not the passage's place swapped; a passage that speaks of citizens (¶5) keeps a swapped country altered
// (citizens-news.ts). Claims written for this test.
import { describe, it } from "vitest";
import { expectVerdict } from "../helpers/claims.js";

describe("citizens the passage never counts", () => {
  it.each([
    "Москва заявила, что среди убитых оказались граждане России.",
    "по словам Кремля, среди жертв есть граждане Турции",
  ])("%s: not in the article", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  it.each(["Russia has common ground with Israel because many former Turkish citizens live there."])(
    "%s: a passage of citizens, the country swapped, altered",
    (claim) => {
      expectVerdict(claim, "altered");
    },
  );
});
