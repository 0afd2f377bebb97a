// claims-r2-36: one approval reader for /check and the verdicts (approval-words.ts), a hedge or a comparison of the
// claim's own (added-hedge-or-comparison.ts). Claims written for this test (none from a set); every new pattern on
// long input.
import { describe, expect, it } from "vitest";
import { addedHedgeOrComparison } from "../../src/claims/added-hedge-or-comparison.js";
import { approvalOf, practiceOf, prescribedPractice } from "../../src/claims/approval-words.js";
import { expectVerdicts } from "../helpers/claims.js";

const MONOPOLY = practiceOf("monopolizing")!;

describe("one approval reader", () => {
  it("reads a prescription only before the faulted practice, with no stop between", () => {
    expect(
      prescribedPractice("washington ought to keep a monopoly on the talks", MONOPOLY, "en"),
    ).not.toBeNull();
    expect(
      prescribedPractice("вашингтону следует и дальше монополизировать переговоры", MONOPOLY, "ru"),
    ).not.toBeNull();
    expect(prescribedPractice("the us must quit monopolizing the talks", MONOPOLY, "en")).toBeNull();
    expect(prescribedPractice("сша должны перестать монополизировать переговоры", MONOPOLY, "ru")).toBeNull();
    expect(prescribedPractice("the us must weigh compromises both sides accept", MONOPOLY, "en")).toBeNull();
    expect(prescribedPractice("the us monopolized the talks and must listen", MONOPOLY, "en")).toBeNull();
  });

  it("reads success as approval, and a negated success as none", () => {
    expect(approvalOf("he thinks american policy succeeded", "en", undefined)).not.toBeNull();
    expect(approvalOf("he thinks american policy has not succeeded", "en", undefined)).toBeNull();
    expect(approvalOf("he thinks american policy was never a success", "en", undefined)).toBeNull();
    expect(approvalOf("по его словам, курс вашингтона удался", "ru", undefined)).not.toBeNull();
    expect(approvalOf("по его словам, курс вашингтона не удался", "ru", undefined)).toBeNull();
    expect(approvalOf("he was right to criticize the americans", "en", undefined)).toBeNull();
  });

  it("alters a claim approving what the passage faults, and keeps the criticism's own sense", () => {
    expectVerdicts([
      ["In Putin's view the Americans ought to keep a monopoly on the peace efforts", "altered"],
      ["Путин полагает, что Вашингтону следует монополизировать мирные усилия", "altered"],
      ["Putin reckons American policy in the Middle East succeeded", "altered"],
      ["Putin pointed out that American policy in the region has not succeeded", "paraphrase"],
    ]);
  });

  it("reads long input in linear time", () => {
    const start = performance.now();
    approvalOf(`${"should the us ".repeat(20000)}x`, "en", MONOPOLY);
    approvalOf(`${"должны ".repeat(20000)}x`, "ru", MONOPOLY);
    approvalOf(`${"должны не монополизировать ".repeat(20000)}x`, "ru", MONOPOLY);
    approvalOf(`${"not handled ".repeat(20000)}well`, "en", undefined);
    approvalOf(`${"a success ".repeat(20000)}`, "en", MONOPOLY);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe("a hedge or a comparison of the claim's own", () => {
  it("alters a hedge on a firm passage and a ranking the passage never makes", () => {
    // claims-r2-38: the hedge in the speaker's words, not the claimant's (hedge-scope.ts; see the test below).
    expect(
      addedHedgeOrComparison(
        "Putin said Washington is perhaps to blame",
        "he also directs blame towards the US",
      ),
    ).not.toBeNull();
    expect(
      addedHedgeOrComparison("Putin is likelier to blame the US than Israel", "he directs blame"),
    ).not.toBeNull();
    expect(
      addedHedgeOrComparison(
        "Песков заявил, что Россия, вероятно, поддерживает связь с обеими сторонами",
        "maintains open communication",
      ),
    ).not.toBeNull();
    expectVerdicts([
      ["Putin said Washington is probably monopolizing peace efforts", "altered"],
      ["Putin voiced more concern over civilian deaths in Israel than in Gaza", "altered"],
    ]);
  });

  it("leaves the claimant's own hedge, after the subject as at the opening (claims-r2-38: one rule)", () => {
    expect(
      addedHedgeOrComparison("Putin perhaps blames Washington", "he also directs blame towards the US"),
    ).toBeNull();
    expect(
      addedHedgeOrComparison(
        "Россия, вероятно, поддерживает связь с обеими сторонами",
        "maintains open communication",
      ),
    ).toBeNull();
    expectVerdicts([
      ["Кремль, видимо, поддерживает открытую связь с обеими воюющими сторонами", "paraphrase"],
    ]);
  });

  it("leaves a hedge the passage has and a 'rather than'", () => {
    expect(
      addedHedgeOrComparison("the crisis might spread", "the current crisis may extend beyond"),
    ).toBeNull();
    expect(
      addedHedgeOrComparison("talks rather than force", "the resumption of the negotiation process"),
    ).toBeNull();
    expectVerdicts([
      [
        "There are growing fears that the crisis could spread beyond the Arab-Israeli conflict zone",
        "paraphrase",
      ],
    ]);
  });

  it("reads long input in linear time", () => {
    const start = performance.now();
    addedHedgeOrComparison(`${"more words ".repeat(20000)}x`, "p");
    addedHedgeOrComparison(`${"больше, слова ".repeat(20000)}x`, "p");
    addedHedgeOrComparison(`${"может ".repeat(20000)}x`, "p");
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
