// claims31's false confirmation: a deed the article gives one actor, joined by "and" / "but" / «и» / «но» to a true
// statement of another ("Putin criticized Washington … and did not seek compromises …"), read as a paraphrase. The
// second statement is read alone with the subject carried over: whose deed, altered. Claims written for this test
// from the article, not those of test/questions/claims-own33.jsonl.
import { describe, expect, it } from "vitest";
import { claimSubject, clausesApart } from "../../src/claims/clause-apart.js";
import { expectVerdict } from "../helpers/claims.js";

describe("a deed of another actor joined to a true statement", () => {
  it("reads it as altered, the deed's doer named (English)", () => {
    const v = expectVerdict(
      "Putin took Washington to task for monopolizing the peace efforts and neglected compromises acceptable to both sides.",
      "altered",
    );
    expect(v.changes.some((c) => c.kind === "actor")).toBe(true);
    expectVerdict(
      "Putin directs blame at the United States for its failed policy in the Middle East and overlooked the hopes of the Palestinians.",
      "altered",
    );
  });

  it("reads it as altered after 'but' (English)", () => {
    expectVerdict(
      "Putin admits a Palestinian state is needed but has himself failed to address the interests of Palestinians.",
      "altered",
    );
  });

  it("reads it as altered (Russian, a verb in -ил and «не стал искать»)", () => {
    expectVerdict(
      "Путин упрекнул США в провальной политике на Ближнем Востоке и проигнорировал чаяния палестинцев.",
      "altered",
    );
    expectVerdict(
      "Путин критикует Вашингтон за монополизацию мирных усилий и не ищет компромиссов, приемлемых для обеих сторон.",
      "altered",
    );
  });

  it("keeps the deed with its doer: 'and for not …', a relative clause, a participle", () => {
    expectVerdict(
      "Putin criticizes Washington for monopolizing peace efforts and for ignoring compromises acceptable to both sides.",
      "paraphrase",
    );
    expectVerdict(
      "Putin put the blame on the US, saying its Middle East policy had failed and overlooked the Palestinians' aspirations.",
      "paraphrase",
    );
    expectVerdict(
      "Путин считает, что Вашингтон монополизировал мирные усилия и не искал компромиссов, приемлемых для обеих сторон.",
      "paraphrase",
    );
  });

  it("splits on a past verb in -ил and on «но», not on «и» before a noun", () => {
    expect(
      clausesApart("Путин обвинил Вашингтон в монополизации мирных усилий и пригрозил санкциями."),
    ).not.toBeNull();
    expect(
      clausesApart("Путин признаёт необходимость государства, но сам не учёл интересы палестинцев.", true),
    ).not.toBeNull();
    expect(clausesApart("Путин обсудил с Эрдоганом ситуацию и цели переговоров.")).toBeNull();
    expect(claimSubject("Russia's foreign ministry wants talks")).toBe("Russia's");
  });
});
