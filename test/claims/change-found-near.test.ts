// claims10's kind (claims-blind8): a claim close to a passage in which the checker finds a concrete change is
// altered, shown with that passage, not "not in the article": a negation where its words line up as a match's
// would, a name added to the passage's list of members, an "only" where the passage has both sides, a suspension
// said in several words ("put … on hold") against a resumption, praise said in two Russian words ("высоко
// оценил") against blame. Nothing far from every passage is pulled in, and the passage's own meaning in other words
// stays confirmed. Claims written for this test from the article.
import { describe, expect, it } from "vitest";
import { expectConfirmed, expectVerdict } from "../helpers/claims.js";

describe("a change found in a passage the claim is close to", () => {
  it.each([
    ["The Kremlin wants the peace negotiations put on ice", "resumption"],
    ["Putin urged that the negotiation process be put on the back burner", "resumption"],
    ["Путин положительно оценил роль Вашингтона на Ближнем Востоке", "возлагает вину"],
    ["Путин высоко оценивает политику Вашингтона", "возлагает вину"],
    ["The Quartet is composed of five bodies and states: Russia, the US, the UN, the EU and Japan", ""],
    ["Путин полагает, что палестинская государственность не нужна", ""],
    ["Кремль поддерживает связь исключительно с палестинцами", ""],
    ["Кремль держит связь только с израильтянами", ""],
    ["МИД России настаивает, чтобы региональных игроков не допускали к урегулированию", ""],
    ["МИД России предлагает не подключать региональных игроков к урегулированию", ""],
    // Once read as too far from every passage; the labelled sets since (claims-blind7, -blind9) call one side
    // "only" for the Kremlin's "both warring sides" an alteration, whatever else lines up (contrary-deed.ts).
    ["Кремль общается лишь с израильской стороной", "обеими воюющими"],
  ])("%s → altered, naming what it changes", (claim, article) => {
    const v = expectVerdict(claim, "altered");
    expect(v.span).not.toBeNull();
    expect(v.changes.map((c) => c.article)).toContain(article);
  });

  it.each([
    "Russia met with Turkey and the UN in Cairo",
    "The Kremlin will host the Quartet in Moscow next month",
    "Putin discussed oil prices with the Saudi crown prince",
  ])("%s → not a confirmation (far from every passage: not in the article)", (claim) => {
    expectVerdict(claim, "not-in-article");
  });

  it.each([
    "Russia, the US, the UN and the EU make up the Quartet",
    "Putin wants the negotiation process restarted",
    "The Kremlin keeps lines open with both sides of the war",
    "Putin recognizes that a Palestinian state is needed",
    "Путин возлагает вину на США за провальную политику на Ближнем Востоке",
  ])("%s → still confirmed", (claim) => {
    expectConfirmed(claim);
  });
});
