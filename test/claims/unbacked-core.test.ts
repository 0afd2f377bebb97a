// An unbacked word that blocks a paraphrase (unbacked-core.ts) and the Russian negative pronouns (polarity.ts,
// claim-words.ts): a list member the article does not give, another deed in the slot of what a blame names, and "нет
// ничего общего" / "никаких связей" read as the negation they are. Claims written for this test, not the probe set's.
import { describe, expect, it } from "vitest";
import { wordsOf } from "../../src/claims/claim-words.js";
import { unbackedCore } from "../../src/claims/unbacked-core.js";
import { expectVerdict } from "../helpers/claims.js";

describe("a name the article does not give, added to or swapped into a list", () => {
  it.each([
    "the quartet consisted of russia, the US, india and the EU",
    "Russia, Japan, the US and the UN make up the Quartet",
    "the Quartet was Russia, the US, the EU and turkey's neighbour iran",
    "Вместе с США, ООН и Японией Россия входит в квартет",
  ])("%s: altered", (claim) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.length).toBeGreaterThan(0);
  });

  it("names the added member", () => {
    // "china" written small is no name to the reader, and a common English word: only the list tells.
    const v = expectVerdict("in the quartet sit russia, china, the un and the eu", "altered");
    expect(v.changes).toContainEqual({ kind: "added", claimed: "china", article: "" });
  });

  it.each([
    // The article's own list, reordered and in other words.
    "The Quartet is made up of the US, the UN, the EU and Russia",
    // A name the article gives in another form is no new party ("Turkey" of "Turkish leader").
    "Putin spoke with Turkey's leader Erdogan and stressed that a ceasefire was urgently needed",
    // A word after a comma that is no member of a list.
    "У России есть общее с Израилем, поскольку там живёт много бывших российских граждан",
  ])("%s: still confirmed", (claim) => {
    const v = expectVerdict(claim, "paraphrase");
    expect(v.changes).toEqual([]);
  });
});

describe("another deed where a blame names its ground", () => {
  it.each([
    ["Putin criticizes Washington for ignoring peace efforts", "altered"],
    ["Путин критикует Вашингтон за срыв мирных усилий", "altered"],
    ["путин упрекает вашингтон в том, что тот устраняется от мирных усилий", "altered"],
  ])("%s: %s", (claim, verdict) => {
    expectVerdict(claim, verdict);
  });

  it("names the claim's word and the passage's ground", () => {
    const v = expectVerdict("Путин обвиняет Вашингтон в том, что тот уклоняется от мирных усилий", "altered");
    expect(v.changes.some((c) => c.kind === "replaced" && c.article === "монополизацию")).toBe(true);
  });

  it("leaves the ground said in the passage's own words a paraphrase", () => {
    expectVerdict("Путин критикует Вашингтон за монополизацию мирных усилий", "paraphrase");
  });

  it("reads nothing outside a blame: a claim of one word swapped elsewhere is left to the other readers", () => {
    // unbackedCore alone: no pairs, nothing to read.
    const none = unbackedCore([], [], "", "", "", {} as never);
    expect(none).toBeNull();
  });
});

describe("Russian negation by a negative pronoun", () => {
  it.each([
    "У российского правительства нет ничего общего с Израилем",
    "Между Россией и Израилем нет ничего общего",
    "У Москвы никаких связей с палестинцами",
    "Российское правительство никак не связано с ХАМАС",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("counts 'нет ничего' and 'ничего не' as one negation, not two that cancel", () => {
    const vocabulary = { classOf: () => null, weightOf: () => 1 } as never;
    const negated = (text: string) =>
      wordsOf(
        text.split(" ").map((surface) => ({ surface, term: surface, role: "content" as const, known: true })),
        vocabulary,
        () => false,
      )
        .filter((w) => w.surface === "общего" || w.surface === "связей")
        .map((w) => w.negated);
    expect(negated("нет ничего общего")).toEqual([true]);
    expect(negated("никаких связей")).toEqual([true]);
    expect(negated("есть общего")).toEqual([false]);
  });

  it("keeps a negation the passage has a paraphrase: 'ни слова не сказал' of 'никак не упоминает'", () => {
    expectVerdict("Путин ни слова не сказал о собственной роли России в мирном процессе", "paraphrase");
  });
});
