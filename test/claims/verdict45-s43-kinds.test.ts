// verdict45 (session 43): a charge's Russian noun of a lack — «критикует США за игнорирование интересов палестинцев»,
// «… за пренебрежение …», «за неучёт …», «в невнимании к …», «пренебрёг» — read against ¶3's «не учло интересы» (or
// ¶1's «оставляла без внимания») as a dropped negation, so a charge the article makes read as altered and a false
// «Нет» came through ask. The nouns stand beside the verbs of ignoring in russian-opposites.ts, and
// blame-of-failure.ts reads them as the failure the blame is for. Claims written for this test (not of any set).
import { describe, it } from "vitest";
import { check, expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";
import { expectRows } from "../helpers/kind-table.js";

describe("a charge by a Russian noun of a lack", () => {
  it("is Putin's charge, in other words", () => {
    expectVerdicts([
      ["Путин осуждает Вашингтон за игнорирование интересов палестинцев", "paraphrase"],
      ["Путин упрекает США в пренебрежении интересами палестинцев", "paraphrase"],
      ["Путин обвиняет американцев в неучёте интересов палестинцев", "paraphrase"],
      ["Путин критикует Вашингтон за невнимание к чаяниям палестинцев", "paraphrase"],
      ["Путин раскритиковал США за то, что они пренебрегли интересами палестинцев", "paraphrase"],
      ["США пренебрегли интересами палестинцев", "paraphrase"],
    ]);
    // The first row loads the real engine and checker: on a loaded machine that is most of a minute.
  }, 120_000);
  it("confirms no charge the article does not make: another party, praise, the opposite matter", () => {
    expectNoneConfirmed([
      "Путин осуждает Израиль за игнорирование интересов палестинцев",
      "Путин хвалит Вашингтон за пренебрежение интересами палестинцев",
      "Путин критикует США за поддержку палестинцев",
      "Путин упрекает Вашингтон в том, что тот учёл интересы палестинцев",
      "Песков осуждает США за игнорирование интересов палестинцев",
    ]);
  });
  it("keeps the checker's own substituted verb out of what the claim leaves unbacked", () => {
    expectRows(
      (c: string) => check(c).unbacked.join(","),
      [
        ["Путин критикует США за пренебрежение интересами палестинцев", ""],
        ["Путин обвиняет Вашингтон в том, что тот не учёл интересы палестинцев", ""],
      ],
    );
  });
});
