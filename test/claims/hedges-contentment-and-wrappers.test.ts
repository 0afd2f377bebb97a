// claims-r2-35: contentment with or a wish to go on with what the passage faults, a hedge or an aim taken off, a
// chat "so …?" wrapper, "so-called experts", a group whose name alone was unbacked, a place adjective beside the
// passage's qualifier. Claims written for this test (none from a set), and every new pattern on long input.
import { describe, expect, it } from "vitest";
import { approvalIn } from "../../src/claims/approval-of-fault.js";
import { hedgeRemoved } from "../../src/claims/hedge-removed.js";
import { namesPassagePlace } from "../../src/claims/place-adjective.js";
import { withoutReportLeadIn } from "../../src/claims/report-lead-in.js";
import { check, expectVerdicts } from "../helpers/claims.js";
import { expectEachInputFast } from "../helpers/long-input.js";

describe("contentment with or a wish to go on with what the passage faults", () => {
  it("turns the speaker's stance round: altered, never confirmed", () => {
    expectVerdicts([
      ["Putin is pleased with how America runs its Middle East policy", "altered"],
      ["Putin says the US managed the Middle East well", "altered"],
      ["putin feels washington must keep monopolizing the peace efforts", "altered"],
      ["Путин доволен тем, как США ведут политику на Ближнем Востоке", "altered"],
      ["путин считает, что американцы верно монополизируют мирные усилия", "altered"],
    ]);
  });

  it("leaves a negated contentment and 'as well'", () => {
    expect(approvalIn("Putin is not satisfied with US policy")).toBeNull();
    expect(approvalIn("Путин не доволен политикой США")).toBeNull();
    expect(approvalIn("Putin blames the US as well")).toBeNull();
    expect(approvalIn("Putin is satisfied with US policy")).toBe("satisfied with");
  });
});

describe("a hedge or an aim taken off", () => {
  it("the outcome stated as sure or done is altered", () => {
    expectVerdicts([
      ["the crisis spreads beyond the Arab-Israeli conflict zone", "altered"],
      ["Кризис распространится за пределы региона", "altered"],
      ["Peskov said the Kremlin settled the conflict", "altered"],
      ["Песков сказал, что Кремль нашёл урегулирование", "altered"],
    ]);
  });

  it("a claim that keeps the hedge, the worry or the aim is left", () => {
    expect(
      hedgeRemoved("people fear the crisis will spread", "the current crisis may extend beyond"),
    ).toBeNull();
    expect(hedgeRemoved("Кремль стремится урегулировать конфликт", "the Kremlin aims to play")).toBeNull();
    expect(hedgeRemoved("the Kremlin wants to help resolve the conflict", "seeks to assist in")).toBeNull();
    expectVerdicts([
      ["there are fears the crisis could spread beyond the Arab-Israeli conflict zone", "paraphrase"],
      ["Peskov says the Kremlin wants to help find a settlement", "paraphrase"],
    ]);
  });
});

describe("chat wrappers, groups, place adjectives", () => {
  it("'so …?' asks about the statement: the statement is read alone", () => {
    expect(withoutReportLeadIn("so the kremlin aims to play a constructive role?")).toBe(
      "the kremlin aims to play a constructive role",
    );
    expect(withoutReportLeadIn("so-called experts say it")).toBe("so-called experts say it");
    expectVerdicts([
      [
        "so the russian foreign ministry stresses the importance of coordinating regional players?",
        "verbatim",
      ],
      ["so erdogan emphasized the urgent need for an immediate ceasefire?", "misattributed"],
    ]);
  });

  it("so-called experts and a group named beside a place are misattributed", () => {
    expectVerdicts([
      [
        "so-called analysts say the Kremlin maintains open communication with both warring sides",
        "misattributed",
      ],
      ["Kremlin insiders stress the importance of coordinating regional players", "misattributed"],
    ]);
  });

  it("«ближневосточная» says where, not what: no word put in place of «провальную»", () => {
    expect(namesPassagePlace("ближневосточной", "провальную политику на Ближнем Востоке")).toBe(true);
    expect(namesPassagePlace("успешной", "провальную политику на Ближнем Востоке")).toBe(false);
    expectVerdicts([
      [
        "Путин обвиняет США, так как их ближневосточная политика игнорировала чаяния палестинцев",
        "paraphrase",
      ],
    ]);
  });
});

describe("the new readings on long input", () => {
  it("stay linear (4096 characters of near misses)", () => {
    const inputs = [
      `Putin is ${"very ".repeat(800)}happy`.slice(0, 4096),
      `the US ${"should ".repeat(600)}keep`.slice(0, 4096),
      `handled it ${"well ".repeat(800)}x`.slice(0, 4096),
      `${"as ".repeat(1300)}well`.slice(0, 4096),
      `Путин ${"правильно ".repeat(400)}монополиз`.slice(0, 4096),
      `the crisis ${"may ".repeat(1000)}`.slice(0, 4096),
      `the Kremlin ${"resolved ".repeat(450)}`.slice(0, 4096),
      `${"so ".repeat(1300)}putin?`.slice(0, 4096),
      `${"so-called ".repeat(400)}experts say`.slice(0, 4096),
      `ближневосточн${"ая ".repeat(1300)}`.slice(0, 4096),
    ];
    expectEachInputFast(
      (input) => {
        check(input);
        approvalIn(input);
        hedgeRemoved(input, input);
        namesPassagePlace(input, input);
        withoutReportLeadIn(input);
      },
      inputs,
      2000,
    );
  });
});
