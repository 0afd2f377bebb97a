// Wave AR's verdict kinds (dialog-r2-31b), in our own wordings: the asker's degree words dropped from a claim,
// a negative question asking a mention the evidence denies, an admission read as a mention.
import { describe, expect, it } from "vitest";
import { isDegreeWord, withoutDegree } from "../../src/dialogue/asker-degree.js";
import { deniedMention } from "../../src/dialogue/denied-mention.js";

const EVIDENCE =
  "The article notes that Putin makes no mention of Russia's own role in the peace process during his remarks.";

describe("asker's degree words", () => {
  it("drops them and keeps the claim", () => {
    expect(withoutDegree("did the kremlin at least offer help")).toBe("did the kremlin offer help");
    expect(withoutDegree("so the us took over the entire negotiation")).toBe(
      "so the us took over the negotiation",
    );
    expect(withoutDegree("he basically faults washington")).toBe("he faults washington");
    expect(withoutDegree("the whole")).toBe("the whole");
    expect(isDegreeWord("least")).toBe(true);
    expect(isDegreeWord("ceasefire")).toBe(false);
  });
});

describe("denied mention asked as a negative question or an admission", () => {
  it("reads No where the evidence says he made no mention", () => {
    expect(deniedMention("so didnt he raise russia's own role in the peace process", EVIDENCE)).toBe(true);
    expect(deniedMention("doesn't he bring up the kremlin's role in the peace process?", EVIDENCE)).toBe(
      true,
    );
    expect(deniedMention("did putin concede russia played a role in the peace process", EVIDENCE)).toBe(true);
  });
  it("leaves other objects and a negated claim alone", () => {
    expect(deniedMention("didn't he admit the ceasefire failed", EVIDENCE)).toBe(false);
    expect(deniedMention("he never talked about russia's own role?", EVIDENCE)).toBe(false);
  });
});
