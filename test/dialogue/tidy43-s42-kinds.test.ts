// tidy43 (session 42): the context-rewrite readers that folded the message by hand (that-role.ts,
// support-that.ts, concern-about-that.ts) read it through foldQuestion, so a curly apostrophe or a doubled space
// reads as its plain spelling does; the rows failed on 51b27fd4 for the curly and doubled spellings.
import { describe, it } from "vitest";
import { thatRoleOf } from "../../src/dialogue/that-role.js";
import type { DialogueContext } from "../../src/dialogue/types.js";
import { expectRows } from "../helpers/kind-table.js";

const afterRole = { question: "so putin didnt mention russias own role?" } as DialogueContext;

describe("a rewrite reader folds the message as the others do", () => {
  it("reads 'that role' typed with a curly apostrophe or doubled spaces", () => {
    expectRows(
      (q) => thatRoleOf(q, afterRole),
      [
        ["what's that role, then?", "what is russia's own role in the peace process?"],
        ["what\u2019s that role, then?", "what is russia's own role in the peace process?"],
        ["what  is  that role?", "what is russia's own role in the peace process?"],
        ["what is that plan, then?", null],
      ],
    );
  });
});
