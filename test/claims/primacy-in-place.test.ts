// A word of primacy ("the leading role", «главную роль», «единственным посредником») in the place of the passage's
// own word for the part it gives Russia ("a constructive role"), read near that passage but short of a match:
// the part made stronger, an alteration, not news (one-for-all.ts, judgingPrimacyInPlace). Claims written for this
// test.
import { describe, it } from "vitest";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a word of primacy in the place of the passage's own", () => {
  it.each([
    "The Kremlin, Peskov said, plans to play the main role in settling the conflict and to impose its own terms.",
    "According to Peskov, Moscow wants the dominant role in ending the conflict and will dictate a settlement.",
    "Песков сказал, что Кремль хочет играть главную роль в урегулировании конфликта.",
    "По словам Пескова, Кремль намерен стать ведущим посредником в урегулировании конфликта.",
    "Песков заявил, что Кремль хочет быть главным посредником в урегулировании конфликта.",
  ])("%s: altered", (claim) => {
    expectVerdict(claim, "altered");
  });

  it.each([
    "Peskov said the Kremlin aims to play a constructive role in resolving the conflict.",
    "Песков подтвердил, что Кремль стремится играть конструктивную роль в урегулировании конфликта.",
  ])("%s: the passage's own word, confirmed", (claim) => {
    expectConfirmed(claim);
  });

  it.each(["The Kremlin wants the leading role in organising the next football championship."])(
    "%s: far from any passage, left not in the article",
    (claim) => {
      expectVerdict(claim, "not-in-article");
    },
  );
});
