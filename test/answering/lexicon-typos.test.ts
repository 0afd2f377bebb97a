// The lexicon's typo correction on its own: a word becomes the commonest target one edit away, a familiar or
// common word stays, a capitalised word becomes only a name, and the saved data corrects as the original does.
import { describe, expect, it } from "vitest";
import { ENGLISH } from "../../src/answering/language.js";
import { TypoTargets } from "../../src/answering/lexicon-typos.js";

function targets(familiar: string[] = [], names: string[] = []): TypoTargets {
  const t: TypoTargets = new TypoTargets({
    rules: ENGLISH,
    stem: (w) => ENGLISH.stem(w),
    isFamiliar: (w): boolean => familiar.includes(w) || t.isTarget(w),
    isName: (w) => names.includes(w),
  });
  return t;
}

describe("TypoTargets", () => {
  it("corrects to a counted target word, keeping what it was", () => {
    const t = targets();
    t.countTarget("zorblings");
    expect(t.fix("zorblinks")).toEqual({ word: "zorblings", from: "zorblinks" });
    expect(t.fix("zorblings")).toEqual({ word: "zorblings" });
  });

  it("leaves familiar and common words alone, and corrects a capitalised word only to a name", () => {
    const t = targets(["quexal"]);
    t.countTarget("quexals");
    t.countTarget("main");
    expect(t.fix("quexal")).toEqual({ word: "quexal" });
    expect(t.fix("rain")).toEqual({ word: "rain" });
    expect(t.fix("zquexals")).toEqual({ word: "quexals", from: "zquexals" });
    expect(t.fix("zquexals", true)).toEqual({ word: "zquexals" });
  });

  it("answers the same restored from its saved data", () => {
    const t = targets();
    for (const w of ["zorblings", "zorblings", "zorbliness"]) t.countTarget(w);
    const saved = t.save();
    const restored = new TypoTargets(
      { rules: ENGLISH, stem: (w) => ENGLISH.stem(w), isFamiliar: () => false, isName: () => false },
      saved,
    );
    expect(restored.save()).toEqual(saved);
    expect(restored.fix("zorblingz")).toEqual(t.fix("zorblingz"));
    expect(saved.targetWords.find(([w]) => w === "zorblings")?.[1]).toBe(2);
  });
});
