// quality40ru's verdicts through the dialogue: a yes/no question in transliterated Russian keeps the engine's own
// verdict (dialogue/transliterated-owned.ts: the dialogue reads Latin letters with its English words and had taken the
// card's «Да.» off, blind-ru86); a guilt asked inside a view of Putin's («думает ли путин, что виноваты сша») is the
// view's, not a guilt asked of Putin (blamer-guilt.ts had said «В статье об этом не сказано» over the engine's «Да»).
import { describe, expect, it } from "vitest";
import { askOnce, lastAnswer } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const opening = (q: string) => askOnce(q).answer.answer.split(" ")[0];
const verdictOf = (q: string) => askOnce(q).verdict;

describe("transliterated Russian yes/no questions", () => {
  it("keep the engine's «Да.» and give it as the turn's verdict", () => {
    expectRows(opening, [
      ["moskva gotova pomoch?", "Да."],
      ["rossiya chlen kvarteta?", "Да."],
    ]);
    expectRows(verdictOf, [["moskva gotova pomoch?", "yes"]]);
  });
  it("leave an open question without a verdict", () => {
    expect(verdictOf("chto skazal peskov")).toBeNull();
    expect(opening("kto v kvartete")).not.toBe("Да.");
  });
});

describe("a guilt asked inside Putin's view", () => {
  it("is his blame, not a guilt asked of him", () => {
    const ru = (q: string) => lastAnswer([q], "ru").verdict;
    expectRows(ru, [
      ["полагает ли путин, что виноваты американцы?", "yes"],
      ["уверен ли путин, что за эскалацию ответственны штаты?", "yes"],
      ["а путин сам не виноват?", "not-said"],
    ]);
  });
});
