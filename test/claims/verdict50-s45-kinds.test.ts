// verdict50 (session 45): new / fresh talks and a return to the (negotiating) table are the resumption of the
// negotiation process (phrasal.ts, russian-paraphrase.ts); a verb keeping up a relation ("maintains relationships",
// «поддерживает отношения») is no stance of its own (kept-relation.ts); the peace process is the card's peace efforts
// in the engine's scope check (owned-scope.ts). Rows are our own phrasings, not of any set.
import { describe, it } from "vitest";
import { addsToCard } from "../../src/answering/owned-scope.js";
import { expectNoneConfirmed, expectVerdicts } from "../helpers/claims.js";
import { expectRows } from "../helpers/kind-table.js";

describe("new talks for the resumption of the negotiations", () => {
  it("confirms new / fresh talks and a return to the table of Putin, not of Erdogan, not rejected", () => {
    expectVerdicts([
      ["Putin wants fresh talks.", "paraphrase"],
      ["Putin pressed for a new round of negotiations.", "paraphrase"],
      ["Putin urged an immediate ceasefire and a return to the negotiating table.", "paraphrase"],
      ["Путин выступает за новые переговоры.", "paraphrase"],
      ["Путин призвал вернуться за стол переговоров.", "paraphrase"],
      ["Putin turned down fresh talks.", "altered"],
      ["Путин отказался от новых переговоров.", "altered"],
    ]);
    expectNoneConfirmed(["Erdogan wants fresh talks.", "Эрдоган призвал к новым переговорам."]);
    // The first row loads the real engine and checker: on a loaded machine that is most of a minute.
  }, 120_000);
});

describe("a relation kept up is the relation", () => {
  it("confirms ties maintained where the article gives them, and never a denial of them", () => {
    expectVerdicts([
      ["The Russian government maintains long-standing ties with the Palestinians.", "paraphrase"],
      ["Россия сохраняет давние связи с палестинцами.", "paraphrase"],
      [
        "Peskov said Russia is an impartial mediator because it maintains relations with both Israelis and Palestinians",
        "misattributed",
      ],
      [
        "Песков заявил, что Москва является беспристрастным посредником, так как поддерживает отношения и с израильтянами, и с палестинцами.",
        "misattributed",
      ],
    ]);
    expectNoneConfirmed([
      "Russia doesn't maintain relations with the Palestinians.",
      "Россия не поддерживает никаких отношений с палестинцами.",
      "Россия поддерживает давние отношения с Израилем.",
    ]);
  });
});

describe("the peace process in the engine's scope check", () => {
  it("is the card's peace efforts; another thing monopolized still adds to the card", () => {
    const en = "Putin criticizes Washington for monopolizing peace efforts without considering compromises";
    const ru = "Путин критикует Вашингтон за то, что тот монополизировал мирные усилия";
    expectRows(
      (q: string) => addsToCard(q, /[а-я]/u.test(q) ? ru : en),
      [
        ["does putin blame the us for monopolizing the peace process?", false],
        ["Путин обвиняет Америку в монополизации мирного процесса?", false],
        ["does putin blame the us for monopolizing the oil trade?", true],
        ["Путин обвиняет Америку в монополизации нефтяного рынка?", true],
      ],
    );
  });
});
