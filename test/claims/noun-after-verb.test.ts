// A saying verb that is a noun ("reports of", "claims about") is no attribution frame (words.ts LEADING_FRAME):
// "Putin dismissed reports of civilian casualties in Israel and Gaza" was read as the speaker "Putin dismissed" and
// the statement "of civilian casualties in Israel and Gaza", which the article backs: a false claim confirmed as a
// paraphrase (claims-blind23, first run). Claims written for this test, not the set's.
import { describe, expect, it } from "vitest";
import { parseFrame } from "../../src/claims/words.js";
import { check } from "../helpers/claims.js";

describe("a saying verb used as a noun", () => {
  it.each([
    "Putin waved away reports of civilian casualties in Israel and Gaza",
    "Peskov laughed off claims of Russia's long-standing ties with the Palestinians",
    "Putin rejected reports about the rising number of civilian casualties",
  ])("%s: no frame, never confirmed", (claim) => {
    expect(parseFrame(claim).name).toBeNull();
    expect(["verbatim", "paraphrase"]).not.toContain(check(claim).verdict);
  });

  it("keeps a frame whose verb is a verb", () => {
    expect(parseFrame("Peskov reports that the Kremlin is ready to help").name).toBe("Peskov");
    expect(parseFrame("Putin said that a ceasefire was urgent").name).toBe("Putin");
  });
});
