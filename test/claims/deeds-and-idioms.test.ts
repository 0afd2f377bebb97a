// Whose deed a claim gives its subject, and idioms read as the word they mean: the boundary between "in other
// words", "altered" and "not in the article" when a claim uses words the article lacks. Claims written for this
// test (other words than any labelled set's); 18 of these 28 got another verdict before the fixes, the others
// guard what must not move (the subject's own deed, a stance put in a mouth the passage does not quote).
import { describe, expect, it } from "vitest";
import { check, expectVerdict } from "../helpers/claims.js";

describe("a deed the passage gives to another actor", () => {
  it.each([
    ["Putin dominated the peace efforts.", "washington"],
    ["The Kremlin overlooked Palestinian aspirations.", "united states"],
    ["Putin failed to address Palestinian interests.", "usa government"],
    ["Путин монополизировал мирный процесс.", "вашингтон"],
    ["Putin, who faults Washington, kept the peace efforts to itself.", "washington"],
  ])("is not the subject's own: %s", (claim, doer) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes).toContainEqual(expect.objectContaining({ kind: "actor", article: doer }));
  });

  it.each([
    "Putin faults Washington for monopolizing peace efforts.",
    "Putin blames the United States for a failed Middle East policy.",
    "Путин критикует Вашингтон за монополизацию мирных усилий.",
  ])("the subject's own deed, the other actor named, stays in other words: %s", (claim) => {
    expectVerdict(claim, "paraphrase");
  });
});

describe("idioms read as the word they mean", () => {
  it.each([
    "Putin never said a word about Russia's own role in the peace process.",
    "Putin remained silent about Russia's own role in the peace process.",
    "Putin left Russia's own part in the peace process unmentioned.",
    "Putin criticizes Washington for keeping peace efforts to itself.",
    "Putin wants a ceasefire at once.",
    "The Foreign Ministry wants regional players to work together.",
    "Putin says the US government failed to take Palestinian interests into account.",
    "Путин ни слова не сказал о роли России в мирном процессе.",
    "Путин умолчал о собственной роли России в мирном процессе.",
    "Putin says US policy paid scant attention to the aspirations of Palestinians.",
  ])("a fair paraphrase: %s", (claim) => {
    expectVerdict(claim, "paraphrase");
  });

  it.each([
    "Putin dwells on Russia's own role in the peace process.",
    "Putin said the ceasefire could wait.",
    "Putin said there was no hurry for a ceasefire.",
    "Putin said the US paid attention to the aspirations of Palestinians.",
    "Putin wants the negotiations put off.",
    "Concerns that the crisis may spread are waning.",
    "Peskov said the Kremlin would rather stay out of resolving the conflict.",
    "Путин много говорил о роли России в мирном процессе.",
    "Путин сказал, что переговоры можно отложить.",
    "Путин считает, что прекращение огня не нужно.",
    "Putin no longer sees any need for an immediate ceasefire.",
    "Путин считает, что с прекращением огня нет спешки.",
  ])("the article's statement the other way round is altered: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "The Foreign Ministry said it would fly Russian citizens out of Israel.",
    "The Kremlin has condemned the Israeli shelling of Gaza.",
  ])(
    "a stance of its own put in the mouth of someone the passage does not quote is not in the article: %s",
    (claim) => {
      expectVerdict(claim, "not-in-article");
    },
  );
});

describe("slang read as the word it means", () => {
  it.each([
    "Putin pins it on Washington, whose Middle East policy flopped.",
    "Putin says the US government dropped the ball on what the Palestinians need.",
    "According to Putin, American policy in the region flops.",
  ])("in other words: %s", (claim) => {
    expectVerdict(claim, "paraphrase");
  });

  it.each([
    "Putin says the US Middle East policy did not flop.",
    "Putin says Washington never dropped the ball on Palestinian interests.",
    "Putin pins everything on Hamas.",
  ])("said the other way round, or of another actor, is altered: %s", (claim) => {
    expectVerdict(claim, "altered");
  });

  it("pinning hopes on someone is no blame", () => {
    expect(["paraphrase", "verbatim"]).not.toContain(check("Putin pins his hopes on Washington.").verdict);
  });
});
