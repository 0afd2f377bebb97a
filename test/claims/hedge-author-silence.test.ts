// claims-r2-38: one hedge rule (hedge-scope.ts: the claimant's doubt vs a doubt in the speaker's words), the
// author holding a speaker's view (author-stance.ts), a speaker's silence on another's passage and the silence's
// sentence (silence-of-said.ts), an urgent call put off (urgency-hedged.ts), a Russian passive's doer
// (roles.ts, subject-moved.ts), «вряд ли» / «едва ли» (polarity.ts), a verb with «к» against its noun and a
// people's singular (russian-units.ts). Claims written for this test (none from a set); every new pattern on long
// input.
import { describe, expect, it } from "vitest";
import { authorHolds } from "../../src/claims/author-stance.js";
import { reportedHedge } from "../../src/claims/hedge-scope.js";
import { check, expectVerdicts } from "../helpers/claims.js";

describe("one hedge rule: whose words the hedge stands in", () => {
  it("reads a hedge after a saying verb or before a closing frame as the speaker's, any other as the claimant's", () => {
    expect(reportedHedge("Putin may have faulted Washington")).toBeNull();
    expect(reportedHedge("Maybe Putin faulted Washington")).toBeNull();
    expect(reportedHedge("Путин, видимо, упрекнул Вашингтон")).toBeNull();
    expect(reportedHedge("Putin reckons Washington is possibly to blame")).toBe("possibly");
    expect(reportedHedge("Washington is perhaps to blame, Putin argues")).toBe("perhaps");
    expect(reportedHedge("По мнению Путина, Вашингтон, наверное, виноват")).toBe("наверное");
    expect(reportedHedge("Вашингтон, вероятно, виноват, считает Путин")).toBe("вероятно");
    // "United States" is no saying verb.
    expect(reportedHedge("The United States perhaps failed in the region")).toBeNull();
  });

  it("confirms the claimant's doubt in both positions and both languages, alters the speaker's", () => {
    expectVerdicts([
      ["Putin probably voiced deep concern over the rising civilian casualties", "paraphrase"],
      ["Probably Putin voiced deep concern over the rising civilian casualties", "paraphrase"],
      [
        "Путин, наверное, выразил глубокую обеспокоенность ростом жертв среди мирного населения",
        "paraphrase",
      ],
      ["Наверное, Путин выразил глубокую обеспокоенность ростом жертв среди мирного населения", "paraphrase"],
      ["Putin said Washington possibly monopolizes the peace efforts", "altered"],
      ["Washington possibly monopolizes the peace efforts, Putin says", "altered"],
      ["Путин сказал, что Вашингтон, наверное, монополизирует мирные усилия", "altered"],
      ["Вашингтон, наверное, монополизирует мирные усилия, считает Путин", "altered"],
    ]);
  });

  it("reads long input in linear time", () => {
    const start = performance.now();
    reportedHedge(`${"maybe ".repeat(20000)}x`);
    reportedHedge(`${"said maybe ".repeat(20000)}x`);
    reportedHedge(`${"возможно, ".repeat(20000)}, считает`);
    reportedHedge(`${", a b c ".repeat(20000)}says`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe("the author holding a speaker's view", () => {
  it("reads a verb of holding after the author, not one of reporting", () => {
    expect(authorHolds("The writer is convinced that the US failed")).toBe(true);
    expect(authorHolds("Журналист статьи уверен, что США провалились")).toBe(true);
    expect(authorHolds("The writer reports that the US failed")).toBe(false);
    expect(authorHolds("Автор пишет, что США провалились")).toBe(false);
  });

  it("misattributes a speaker's view to the author, keeps the author's own and a view with its speaker", () => {
    expectVerdicts([
      ["The writer thinks Washington monopolizes the peace efforts", "misattributed"],
      ["Автор уверен, что Вашингтон монополизирует мирные усилия", "misattributed"],
      ["The writer thinks Putin criticizes Washington for monopolizing peace efforts", "verbatim"],
    ]);
  });

  it("reads long input in linear time", () => {
    const start = performance.now();
    authorHolds(`${"the author ".repeat(20000)}x`);
    authorHolds(`${"автор ".repeat(20000)}x`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe("silences", () => {
  it("puts a speaker's silence on another's passage out of the article, and shows a contradicted one on its sentence", () => {
    expectVerdicts([
      ["Peskov made no comment on the rising number of civilian casualties", "not-in-article"],
      ["МИД России не упоминал о гибели мирных жителей", "not-in-article"],
      ["Putin never talked about a Palestinian state", "altered"],
    ]);
    const v = check("Putin said nothing whatsoever about the United States");
    expect(v.verdict).toBe("altered");
    expect(v.span?.paragraph).toBe(1);
  });

  it("alters an urgent call put off or hedged in the speaker's words", () => {
    expectVerdicts([
      ["Putin said a ceasefire could be worth a thought sooner or later", "altered"],
      ["Путин считает, что прекращение огня рано или поздно стоит обсудить", "altered"],
      ["Peskov said a ceasefire could be worth a thought sooner or later", "not-in-article"],
    ]);
  });
});

describe("Russian passives, «вряд ли», verbs with «к», a people's singular", () => {
  it("reads the doer of a Russian passive", () => {
    expectVerdicts([
      ["США были обвинены Путиным в провальной политике на Ближнем Востоке", "paraphrase"],
      ["Путин был обвинён Вашингтоном в монополизации мирных усилий", "altered"],
      ["Путин обвиняется Вашингтоном в монополизации мирных усилий", "altered"],
    ]);
  });

  it("negates by «вряд ли» and «едва ли»", () => {
    expectVerdicts([
      ["Кремль вряд ли поддерживает открытую связь с обеими воюющими сторонами", "altered"],
      ["Путин едва ли признаёт необходимость палестинского государства", "altered"],
    ]);
  });

  it("meets the translation's noun with a verb and «к», and a people's plural with its singular", () => {
    expectVerdicts([
      ["По словам Путина, палестинцы стремятся к собственному независимому государству", "paraphrase"],
      ["Любой палестинец стремится к независимому государству, говорит Путин", "altered"],
    ]);
  });

  it("reads long input in linear time", () => {
    const start = performance.now();
    check(`Путин ${"палестинец ".repeat(2000)}`);
    check(`${"был раскритикован ".repeat(1000)}Путиным`);
    expect(performance.now() - start).toBeLessThan(8000);
  });
});
