// "a just resolution" is the adjective, not "only": inner-restriction.ts read "does the article urge a just
// resolution?" as "only a resolution" and answered No above the article's "a lasting and just resolution" (found at
// session 35's stop). Phrasings written for this test.
import { describe, expect, it } from "vitest";
import { lastVerdict } from "../helpers/dialogue.js";

describe("just as an adjective", () => {
  it("after an article or before 'and' is no restriction, so no false No", () => {
    expect(lastVerdict(["does the article plead for a just resolution?"])).not.toBe("no");
    expect(
      lastVerdict(["what is the article's conclusion", "does it ask for a just and lasting peace?"]),
    ).not.toBe("no");
  });
  it("still restricts where it means only", () => {
    expect(lastVerdict(["is putin worried about civilians in gaza just?"])).toBe("no");
    expect(lastVerdict(["is putin concerned just about gaza civilians?"])).toBe("no");
  });
});
