// joinPhrasalVerbs skips a pattern whose opening words a claim lacks (perf12): the skip must lose no rewrite, in
// any letter case, beside any punctuation, with non-ASCII letters about, and after an earlier rewrite.
import { describe, expect, it } from "vitest";
import { joinPhrasalVerbs } from "../../src/claims/phrasal.js";
import { Rewriting } from "../../src/claims/rewriting.js";
import { lean } from "../../src/lib/lean-regexp.js";

describe("phrasal rewrites with the opening-word skip", () => {
  it("rewrites whatever the letter case", () => {
    expect(joinPhrasalVerbs("Putin PLAYED DOWN the risk")).toBe("Putin downplayed the risk");
    expect(joinPhrasalVerbs("The Kremlin Tried To help")).toBe("The Kremlin sought to help");
  });

  it("rewrites beside punctuation and non-ASCII characters", () => {
    expect(joinPhrasalVerbs("Moscow’s envoy tried to help—quietly")).toBe(
      "Moscow’s envoy sought to help—quietly",
    );
    expect(joinPhrasalVerbs("«Putin played down» the risk")).toBe("«Putin downplayed» the risk");
  });

  it("still rewrites a text with a letter that folds to ASCII under /iu (ſ, the Kelvin sign)", () => {
    expect(joinPhrasalVerbs("He tried to help ſo")).toBe("He sought to help ſo");
    expect(joinPhrasalVerbs("Peskov \u212Aept quiet about it")).toBe("Peskov said nothing about it");
  });

  it("leaves a word that only contains an opening word alone", () => {
    expect(joinPhrasalVerbs("they retry to help")).toBe("they retry to help");
  });

  it("reads an idiom, then a later pattern, in one claim", () => {
    expect(joinPhrasalVerbs("Peskov took Washington to task and tried to help")).toBe(
      "Peskov criticized Washington and sought to help",
    );
  });
});

// A lean pattern (lean-regexp.ts: an empty lookahead after its opening list, "\b(try|…)(?=)\s+to") has the same
// opening words as its plain form, so it is skipped the same way (perf-turn26: 20 of joinPhrasalVerbs' 39 patterns
// ran on every claim because the lookahead hid their opening list).
describe("the opening-word skip with lean patterns", () => {
  /** A pattern that counts its execs (String.prototype.replace scans a RegExp through its exec). */
  class Counting extends RegExp {
    scans = 0;
    override exec(text: string): RegExpExecArray | null {
      this.scans++;
      return super.exec(text);
    }
  }
  const pattern = () => new Counting(lean(/\b(try|tries|tried)\s+to\b/giu).source, "giu");

  it("has the lookahead after the opening list", () => {
    expect(pattern().source).toContain(")(?=)\\s+to");
  });

  it("does not scan a text without an opening word, and rewrites the same", () => {
    const p = pattern();
    expect(new Rewriting("Putin called for a ceasefire").replace(p, "sought to").text).toBe(
      "Putin called for a ceasefire",
    );
    expect(p.scans).toBe(0);
    expect(new Rewriting("Putin TRIED to help").replace(p, "sought to").text).toBe("Putin sought to help");
    expect(p.scans).toBeGreaterThan(0);
  });

  it("scans a text with a letter that folds to ASCII under /iu", () => {
    const p = pattern();
    expect(new Rewriting("He \u017Fought").replace(p, "x").text).toBe("He \u017Fought");
    expect(p.scans).toBeGreaterThan(0);
  });
});
