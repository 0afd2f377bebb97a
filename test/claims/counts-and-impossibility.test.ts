// claims11's kinds: a count of parties the passage does not give ("all four sides" of "both sides") and a
// predicate of impossibility or uselessness ("бесполезен", "pointless") the passage does not state, said of what
// it calls for. Either is an alteration however well the rest lines up: never a confirmation. The passage's own
// count and its own call stay confirmed. Claims written for this test from the article.
import { describe, expect, it } from "vitest";
import { addedImpossibility, changedCount } from "../../src/claims/counts.js";
import { expectConfirmed, expectNotConfirmed } from "../helpers/claims.js";
import { expectFast } from "../helpers/long-input.js";

describe("a count or an impossibility the passage does not give", () => {
  it.each([
    ["The Kremlin keeps communication open with all four warring sides", "four"],
    ["Кремль поддерживает открытую связь со всеми четырьмя воюющими сторонами", "четырьмя"],
    ["Кремль открыто общается с тремя воюющими сторонами", "тремя"],
    [
      "The Russian Foreign Ministry thinks direct talks between Israelis and Palestinians are pointless",
      "pointless",
    ],
    ["Российский МИД полагает, что прямой диалог палестинцев и израильтян бесполезен", "бесполезен"],
    ["МИД РФ считает налаживание прямого палестино-израильского диалога невозможным", "невозможным"],
    ["Российский МИД считает, что прямой палестино-израильский диалог не нужен", ""],
  ])("%s → never confirmed", (claim, word) => {
    const v = expectNotConfirmed(claim);
    if (word) expect(v.changes.map((c) => c.claimed)).toContain(word);
  });

  it.each([
    "The Kremlin keeps open lines of communication with both sides at war",
    "Кремль поддерживает открытую связь с обеими воюющими сторонами",
    "The Russian Foreign Ministry stresses the need for direct dialogue between Palestinians and Israelis",
  ])("%s → still confirmed (the passage's own count, its own call)", (claim) => {
    expectConfirmed(claim);
  });

  it("reads counts: two for an 'and' is no change, three is; a different count is replaced", () => {
    expect(changedCount("the two sides at war", "Israelis and Palestinians")).toBeNull();
    expect(changedCount("all three parties", "Israelis and Palestinians")?.claimed).toBe("three");
    expect(changedCount("both parties", "talks with three parties")).toEqual({
      kind: "replaced",
      claimed: "both",
      article: "three",
    });
    expect(changedCount("с двумя сторонами", "с обеими сторонами")).toBeNull();
  });

  it("reads impossibility: not where the passage itself says something cannot be", () => {
    expect(addedImpossibility("a truce is impossible", "a truce cannot be reached without talks")).toBeNull();
    expect(addedImpossibility("перемирие исключено", "Москва призывает к перемирию")?.claimed).toBe(
      "исключено",
    );
    expect(
      addedImpossibility("Москва считает исключение допустимым", "Москва призывает к перемирию"),
    ).toBeNull();
    expect(addedImpossibility("talks are ruled out", "Moscow calls for talks")?.kind).toBe("negation");
  });
});

describe("a step ruled out in an idiom (the thirty-third session's stop: claims-blind53 #48, a false confirmation)", () => {
  it("is no paraphrase of a passage that calls for that step", () => {
    expectNotConfirmed(
      "The Foreign Ministry said direct Palestinian-Israeli dialogue is off the table for now",
    );
    expectNotConfirmed("The Foreign Ministry says direct Palestinian-Israeli dialogue has been put on hold");
    expectNotConfirmed("МИД России заявил, что прямой палестино-израильский диалог снят с повестки");
    expect(addedImpossibility("talks are off the table", "establish direct dialogue")?.kind).toBe("negation");
  });
  it("reads long input in linear time", () => {
    expectFast(() => {
      for (const unit of ["off the ", "on ", "снят с ", "put on "])
        addedImpossibility(unit.repeat(Math.ceil(20_000 / unit.length)), "establish direct dialogue");
    }, 500);
  });
});
