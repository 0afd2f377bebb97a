// One reading of "only"/"just" as a restriction for every dialogue reader (restrictive-only.ts): the adjective
// "just" ("a just settlement", "just and lasting") restricts nothing. Phrasings written for this test.
import { describe, expect, it } from "vitest";
import { restrictionOf } from "../../src/dialogue/elliptical.js";
import { withoutExclusive } from "../../src/dialogue/exclusive-side.js";
import { restrictsWithOnly } from "../../src/dialogue/restrictive-only.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

describe("restrictive only/just", () => {
  it("reads 'just' as 'only' before what it restricts", () => {
    for (const q of [
      "just the us?",
      "is it just hamas he blames",
      "so just in gaza?",
      "he just blames washington",
    ])
      expect(restrictsWithOnly(q), q).toBe(true);
    for (const q of ["только сша?", "лишь хамас", "merely gaza", "exclusively the us"])
      expect(restrictsWithOnly(q), q).toBe(true);
  });
  it("never reads the adjective, «справедливый» or 'not only'", () => {
    for (const q of [
      "a just resolution",
      "the just cause",
      "a more just order",
      "just and lasting?",
      "just, lasting peace",
      "does it want a lasting and just resolution",
      "just settlement?",
      "should the outcome be just?",
      "not just the us",
      "справедливое урегулирование",
      "не только сша",
    ])
      expect(restrictsWithOnly(q), q).toBe(false);
  });
  it("the elliptical and either-or readers share it", () => {
    expect(restrictionOf("just in gaza", "en")).toBe("in gaza");
    expect(restrictionOf("just and lasting", "en")).toBeNull();
    expect(withoutExclusive("just bash washington")).toBe("bash washington");
    expect(withoutExclusive("a just settlement")).toBe("a just settlement");
  });
  it("no false No from the adjective in a blame or a follow-up", () => {
    expect(
      lastVerdict(["who does putin blame?", "does he blame israel as well for blocking a just settlement?"]),
    ).not.toBe("no");
    expect(lastVerdict(["what is the article's conclusion?", "just and lasting?"])).not.toBe("no");
  });
  it("stays fast on long input", () => {
    expectFast(() => {
      restrictsWithOnly(`${"a just ".repeat(400)}x`);
      restrictsWithOnly(`${"is just ".repeat(400)}?`);
      restrictionOf(`just ${"in gaza ".repeat(300)}only`, "en");
      withoutExclusive(`${"the just ".repeat(400)}`);
    }, 200);
  });
});
