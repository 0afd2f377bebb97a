// verdict45 (session 43): a charge asked yes/no through `npm run ask` — its content is what is checked, and a «не» /
// "not" inside it is the charge's, not the asker's. «Путин упрекает Вашингтон за то, что тот не учёл интересы
// палестинцев?» was read as a loaded negation and answered «Нет, не учел.»; "does putin criticize washington for not
// taking … into account?" "No, he doesn't." (charge-frame.ts, loaded-negation.ts). A noun charge «критикует США за
// игнорирование …» was the US's own support (us-support.ts: a verb of charge or praise before «за» is no support), and
// «обвиняет Вашингтон в игнорировании интересов палестинцев» put the Palestinians as a second target (agent-swap.ts:
// «в» opens the matter). Rows are our own phrasings, not of any set.
import { describe, it } from "vitest";
import { negationInCharge } from "../../src/dialogue/charge-frame.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");

describe("a charge with its own negation", () => {
  it("is Putin's charge: Да / Yes, not a loaded No", () => {
    expectRows(ru, [
      ["Путин упрекает США в том, что они не учли чаяния палестинцев?", "yes"],
      ["путин критикует вашингтон за то, что тот не рассматривал компромиссы?", "yes"],
      ["Путин обвиняет американцев в том, что они не учитывали интересы палестинцев?", "yes"],
    ]);
    expectRows(en, [
      ["does putin blame the US for not addressing the palestinians' interests?", "yes"],
      ["does putin criticise washington for not considering compromises?", "yes"],
      ["does putin fault the americans for never considering compromises acceptable to both sides?", "yes"],
    ]);
    // The first row loads the real engine and checker: on a loaded machine that is most of a minute.
  }, 120_000);
  it("keeps No where the charge's matter is the opposite of the article's", () => {
    expectRows(en, [["does putin criticize the us for not monopolizing peace efforts?", "no"]]);
    expectRows(ru, [["Путин критикует Вашингтон за то, что тот не монополизировал мирные усилия?", "no"]]);
  });
  it("leaves the asker's own negation before the charge a loaded question", () => {
    expectRows(negationInCharge, [
      ["путин не критикует сша за игнорирование интересов?", false],
      ["doesn't putin blame the us for the violence?", false],
      ["putin doesn't criticize the us, does he?", false],
      ["does putin blame the us for not considering compromises?", true],
      ["путин упрекает вашингтон в том, что тот не учел интересы?", true],
    ]);
  });
});

describe("a charge by a noun", () => {
  it("answers Да where Putin's charge is asked", () => {
    expectRows(ru, [
      ["Путин осуждает Вашингтон за пренебрежение интересами палестинцев?", "yes"],
      ["Путин упрекает американцев в игнорировании чаяний палестинцев?", "yes"],
      ["путин критикует сша за неучёт интересов палестинцев?", "yes"],
    ]);
  });
  it("no Yes of a charge on another party, a praise, or the opposite matter", () => {
    expectRows(ru, [
      ["Путин осуждает Израиль за игнорирование интересов палестинцев?", "not-said"],
      ["Путин хвалит Вашингтон за пренебрежение интересами палестинцев?", "no"],
      ["Путин критикует Вашингтон за учёт интересов палестинцев?", "no"],
    ]);
    expectRows(en, [["does putin criticize the us for supporting the palestinians?", "no"]]);
  });
});
