// claims-blind42's kinds (quality27): a group named by its size is a count, read against the Quartet's four
// («пятёрка», "a trio", "quintet" of it are alterations; «квартет», "four members" stay confirmed); "never took X
// seriously" is "failed to address X". Claims written for this test from the article.
import { describe, expect, it } from "vitest";
import { changedCount } from "../../src/claims/counts.js";
import { expectConfirmed, expectNotConfirmed } from "../helpers/claims.js";

describe("a group named by its size (counts.ts)", () => {
  it.each([
    "Вместе с США, ООН и Евросоюзом Россия состоит в «тройке», которая помогает переговорам израильтян и палестинцев",
    "Russia sits in a quintet with the US, the UN and the EU set up to help Israeli-Palestinian negotiations",
    "Russia, alongside the US, the UN and the EU, has been part of the trio formed to facilitate Israeli-Palestinian talks",
  ])("%s → never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    "Russia, together with the US, the UN and the EU, has been a member of the Quartet formed to facilitate Israeli-Palestinian negotiations",
    "Россия вместе с США, ООН и ЕС входит в «квартет», созданный для содействия израильско-палестинским переговорам",
  ])("%s → still confirmed (the passage's own group)", (claim) => {
    expectConfirmed(claim);
  });

  it("reads a group word only against a size of three or more, never alone or against 'both'", () => {
    expect(changedCount("входила в пятёрку", "part of the Quartet")).toEqual({
      kind: "replaced",
      claimed: "пятёрку",
      article: "quartet",
    });
    expect(changedCount("a trio of mediators", "talks with both sides")).toBeNull();
    expect(changedCount("the quartet backs talks", "Moscow calls for talks")).toBeNull();
    expect(
      changedCount("the Quartet helps both sides talk", "the Quartet formed to facilitate talks"),
    ).toBeNull();
    expect(changedCount("four members", "part of the Quartet")).toBeNull();
  });
});

describe("'take X seriously' as addressing X (phrasal-verbs.ts)", () => {
  it("confirms it of the passage's failure to address, and alters the opposite", () => {
    expectConfirmed(
      "Putin says a Palestinian state is needed but the US government never took the interests of the Palestinians seriously",
    );
    expectNotConfirmed(
      "Putin says the US government always took the interests of the Palestinians seriously",
    );
  });
});
