// joinPhrasalVerbs skips a pattern whose opening words a claim lacks (perf12): the skip must lose no rewrite, in
// any letter case, beside any punctuation, with non-ASCII letters about, and after an earlier rewrite.
import { describe, expect, it } from "vitest";
import { joinPhrasalVerbs } from "../../src/claims/phrasal.js";

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
