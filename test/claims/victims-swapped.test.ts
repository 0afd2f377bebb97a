// claims-blind47's kind (the thirtieth session's wave AP): soldiers put in the place of the passage's civilian
// victims, after the noun ("casualties among israeli soldiers"), where every other word lines up ("Israeli
// soldiers" with "the Israeli military" of the sentence's first clause) — it was confirmed. Claims written for this
// test from the article, both languages; the civilians themselves stay confirmed.
import { describe, expect, it } from "vitest";
import { victimsSwapped } from "../../src/claims/victims-swapped.js";
import { expectConfirmed, expectNotConfirmed } from "../helpers/claims.js";

describe("the armed put in the place of the passage's civilian victims", () => {
  it.each([
    "Putin voiced deep concern about the growing number of deaths among Israeli troops.",
    "Putin is worried by the rising casualties in the ranks of the Israeli army.",
    "Putin expressed deep concern over the rising number of military casualties in Israel and the Gaza Strip.",
    "Путин выразил глубокую обеспокоенность ростом числа жертв среди израильских военных.",
    "Путин обеспокоен растущими потерями израильской армии.",
  ])("%s → never confirmed", (claim) => {
    expectNotConfirmed(claim);
  });

  it.each([
    "Putin expressed deep concern over the rising number of civilian casualties in Israel and the Gaza Strip.",
    "Путин выразил глубокую обеспокоенность ростом числа жертв среди мирного населения в Израиле и секторе Газа.",
  ])("%s → still confirmed (the article's civilians)", (claim) => {
    expectConfirmed(claim);
  });

  it("names the armed word and the civilian word, and needs civilians in the passage", () => {
    const sentence =
      "Putin has expressed deep concern over the rising number of civilian casualties in Israel.";
    expect(victimsSwapped("casualties among israeli soldiers", sentence)).toEqual({
      kind: "replaced",
      claimed: "soldiers",
      article: "civilian",
    });
    expect(victimsSwapped("troops' losses keep rising", sentence)).toMatchObject({ claimed: "troops" });
    expect(victimsSwapped("casualties among civilians and soldiers", sentence)).toBeNull();
    expect(victimsSwapped("casualties among soldiers", "The Kremlin keeps open communication.")).toBeNull();
    // Fighting between armed sides is no count of victims.
    expect(victimsSwapped("the fighting between hamas and the israeli army", sentence)).toBeNull();
  });
});
