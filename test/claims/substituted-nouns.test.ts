// claims7's kind: a claim that puts another noun where the passage names who or what it speaks of ("former
// Russian investors" for "former Russian citizens", "the interests of farmers" for "… of Palestinians") is
// altered, naming both words, never confirmed; rewordings the checker knows stay confirmed. Claims written for
// this test from the article.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a noun of the passage swapped for another", () => {
  it.each([
    [
      "Russia has common ground with Israel owing to the many former Russian investors who live there",
      "investors",
      "citizens",
    ],
    [
      "Russia keeps common ground with Israel because of the number of former Russian soldiers living there",
      "soldiers",
      "citizens",
    ],
    [
      "Putin points to the US government's failure to address the interests of farmers",
      "farmers",
      "palestinians",
    ],
    [
      "The Foreign Ministry stresses the importance of coordinating regional banks to stabilize the situation",
      "banks",
      "players",
    ],
    [
      "Putin has expressed deep concern over the rising number of civilian volunteers in Israel",
      "volunteers",
      "casualties",
    ],
    ["Путин говорит, что правительство США не учло интересы фермеров", "фермеров", "палестинцев"],
    [
      "Путин выразил глубокую обеспокоенность ростом числа жертв среди туристов",
      "туристов",
      "мирного населения",
    ],
  ])("altered, naming the swapped words: %s", (claim, claimed, article) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes).toContainEqual({ kind: "replaced", claimed, article });
  });

  it.each([
    // A synonym WordNet knows ("nationals", "actors"), a gerund reworded, a light rewording, a verb of its own.
    "Russia shares common ground with Israel due to the number of former Russian nationals living there",
    "The Foreign Ministry stresses the importance of coordinating regional actors to stabilize the situation",
    "Putin criticises Washington for hogging peace efforts",
    "Putin voiced deep concern over the growing number of civilian deaths in Israel and the Gaza Strip",
    "Putin highlights the US government's failure to address what Palestinians want",
    "Russia finds common ground with Israel because many former Russian citizens live there",
    "The Kremlin keeps open communication with both warring sides",
    "Путин выразил глубокую тревогу из-за роста числа жертв среди мирного населения",
    "Путин говорит, что правительство США не учло интересы палестинцев",
  ])("still confirmed: %s", (claim) => {
    expectConfirmed(claim);
  });
});
