// hasWholeWord: a word counts only with no letter touching it, in Latin and Cyrillic, and the walk stays linear.
import { describe, expect, it } from "vitest";
import { hasWholeWord } from "../../src/lib/whole-word.js";
import { expectFast } from "../helpers/long-input.js";

describe("hasWholeWord", () => {
  it("finds a word only where no letter touches it", () => {
    expect(hasWholeWord("putin called erdogan", "erdogan")).toBe(true);
    expect(hasWholeWord("the us-led talks", "us")).toBe(true);
    expect(hasWholeWord("russia's role", "russia")).toBe(true);
    expect(hasWholeWord("business as usual", "us")).toBe(false);
    expect(hasWholeWord("путин звонил эрдогану", "эрдоган")).toBe(false);
    expect(hasWholeWord("в сша и в оон", "сша")).toBe(true);
  });
  it("looks past a first hit inside a longer word", () => {
    expect(hasWholeWord("usual us", "us")).toBe(true);
  });
  it("stays linear on long input", () => {
    expectFast(() => hasWholeWord("usa".repeat(50_000), "us"), 500);
  });
});
