// claims9's kinds (probes9): a claim that states as fact the image an actor presents ("Moscow is a neutral
// broker" of "strives to present itself as an impartial mediator"), makes a member its group's head or founder
// ("Russia chairs the Quartet"), adds a cause the passage never gives ("… failed because of the surge"), or
// puts money where the passage has none ("ready to fund a settlement"), names soldiers where the passage has
// civilians ("военных" for "мирного населения"), or reads one name of several words for another sharing a word
// ("United Nations" for "United States") is altered,
// never confirmed; the same things said with their frame, membership or reason kept stay confirmed. Claims
// written for this test from the article.
import { describe, expect, it } from "vitest";
import { check, expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("what an actor is said to be, do or cause beyond the passage", () => {
  it.each([
    ["Moscow is a neutral broker between Israelis and Palestinians.", "present itself as"],
    ["Russia is an impartial mediator in this conflict.", "present itself as"],
    ["Россия — нейтральный посредник между израильтянами и палестинцами.", "представить себя"],
    ["Russia chairs the Quartet that was formed for Israeli-Palestinian talks.", "part of the quartet"],
    ["Russia set up the Quartet to help Israeli-Palestinian negotiations.", "part of the quartet"],
    ["Россия основала «квартет» для израильско-палестинских переговоров.", "входит в «квартет"],
    ["The Russian leader thinks US policy collapsed due to the latest surge in violence.", ""],
    ["Путин считает, что политика США провалилась из-за недавнего всплеска насилия.", ""],
    ["Putin points the finger at the United Nations for its failed Middle East policy.", "united states"],
    ["The Kremlin declares its readiness to finance reaching a settlement.", ""],
    ["Кремль выражает готовность оплатить урегулирование.", ""],
    ["Путин встревожен растущим числом жертв среди военнослужащих в Израиле и Газе.", "мирного населения"],
  ])("%s → altered, naming what it changes", (claim, article) => {
    const v = expectVerdict(claim, "altered");
    expect(v.changes.map((c) => c.article)).toContain(article);
  });

  it.each([
    "Moscow wants to be seen as an impartial mediator between Israelis and Palestinians.",
    "Moscow tries to cast itself as a neutral mediator.",
    "Москва хочет выглядеть беспристрастным посредником.",
    "Russia is a member of the Quartet, which was set up to facilitate Israeli-Palestinian talks.",
    "The Quartet was formed to facilitate Israeli-Palestinian negotiations.",
    "Russia has common ground with Israel because of the many former Russian citizens living there.",
    "Putin blames the United States for its failed policy in the Middle East.",
    "Путин переживает из-за гибели мирных жителей в Израиле и Газе.",
    "The Kremlin says it is ready to help reach a settlement.",
    "Путин критикует Вашингтон за монополизацию мирных усилий.",
  ])("%s → still confirmed", (claim) => {
    expectConfirmed(claim);
  });
});

describe("a doubt tagged on after an article sentence", () => {
  it.each([
    "Russia's involvement in the Middle East peace process is not without controversy - really??",
    "The Kremlin maintains open communication with both warring sides, right?",
    "Putin criticizes Washington for monopolizing peace efforts, is that true?",
  ])("%s → word for word: the tag is no part of the claim", (claim) => {
    expectVerdict(claim, "verbatim");
  });

  it("a tagged alteration stays altered", () => {
    expect(check("Putin praises Washington for monopolizing peace efforts - really??").verdict).toBe(
      "altered",
    );
  });
});
