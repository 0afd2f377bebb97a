// verdict50 (session 45), through the dialogue's yes/no: new talks are the resumption of talks (the checker's reading,
// phrasal.ts / russian-paraphrase.ts); the US seeking compromises is no untold wish but ¶2's charge said the other way
// round, No as the engine says (silent-party-wish.ts); another party's wish stays doesn't say. Our own phrasings.
import { describe, it } from "vitest";
import { reportedWishOfSilentParty } from "../../src/dialogue/silent-party-wish.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectRows } from "../helpers/kind-table.js";

const ru = (q: string) => lastVerdict([q], "ru");
const en = (q: string) => lastVerdict([q], "en");

describe("the US seeking compromises, as Putin tells it", () => {
  it("is no untold wish; a ceasefire wished, or Israel's compromises, still are", () => {
    expectRows(
      (q: string) => reportedWishOfSilentParty(q, /[а-я]/u.test(q) ? "ru" : "en"),
      [
        ["does putin claim america sought a compromise both sides accept?", false],
        ["говорит ли путин, что вашингтон стремился к компромиссу?", false],
        ["does putin claim america seeks a ceasefire?", true],
        ["does putin claim israel sought a compromise?", true],
      ],
    );
  });
  it("is No; new talks are Yes, in both languages", () => {
    expectRows(en, [
      ["did putin claim america sought a compromise both sides accept?", "no"],
      ["does putin want fresh negotiations?", "yes"],
    ]);
    expectRows(ru, [
      ["путин хочет нового раунда переговоров?", "yes"],
      ["путин призывал вернуться за стол переговоров?", "yes"],
    ]);
  }, 120_000);
});
