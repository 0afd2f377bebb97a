// claims46 (session 43): a charge asked yes/no with the verb first — «Обвиняет ли Путин США в провале …?» — read the
// subject after the verb (Putin, by agreement) as a target too, so Russia was a second target of its own charge and
// the article's blame of the US answered «Нет» (agent-swap.ts: the subject's mention is the doer, no target). And
// loaded-negation.ts's «ли» needs a word of its own: «учли», «были» end in «-ли» and stopped a negated question
// from being read as one. Rows are our own phrasings, not of any set.
import { describe, it } from "vitest";
import { itHoldsAskFloors } from "../helpers/ask-floors.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");

describe("a charge asked with the verb first", () => {
  it("is Putin's charge of the US: Да", () => {
    expectRows(ru, [
      ["Винит ли Путин Соединённые Штаты в провале их политики в регионе?", "yes"],
      ["Обвинил ли Путин американцев в провале ближневосточной политики?", "yes"],
      ["Обвиняет ли Путин Вашингтон в неудачной политике на Ближнем Востоке?", "yes"],
    ]);
    // The first row loads the real engine and checker: on a loaded machine that is most of a minute.
  }, 120_000);
  it("keeps No of the charge put on another party with the article's matter, or on Russia itself", () => {
    expectRows(ru, [
      ["Обвиняет ли Путин Израиль в провале политики на Ближнем Востоке?", "no"],
      ["Винит ли Путин Россию в провале ближневосточной политики?", "no"],
    ]);
  });
});

describe("the probes of the kind (first run through npm run ask on base 65a5a1b2: ru92 5/14, nine false «Нет»)", () => {
  // Now 11/14; the three left have no first line (the checker does not confirm «курса», «ошибках», «игнорировании
  // чаяний»), no false one.
  itHoldsAskFloors([["probes-ru92.jsonl", 0.78]]);
});
