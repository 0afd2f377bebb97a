// dialog-r3-36's kind: a list member typed with a slip ("and a ceasfrie too?", «а перимирие?») after a Yes on a
// list-shaped answer was compared as typed: "No. A ceasfrie is not on the article's list." The list readers now read
// the asked words through the engine's typo folding (against-last-answer.ts). Phrasings written for this test.
import { describe, expect, it } from "vitest";
import { asRussianControversialPart } from "../../src/answering/russian/controversial-part.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectFast } from "../helpers/long-input.js";

describe("a list member typed with a slip", () => {
  it("is never denied where the answer names the word meant", () => {
    expect(lastVerdict(["does russia want negotiations?", "and a ceasfrie?"])).not.toBe("no");
    expect(lastVerdict(["does russia want the talks restarted?", "and an imediate ceasefire?"])).toBe("yes");
    expect(lastVerdict(["путин хочет возобновления переговоров?", "а перимирие?"])).toBe("yes");
  });
  it("is still No where the list leaves it out", () => {
    expect(lastVerdict(["who makes up the quartet?", "and a ceasfrie?"])).toBe("no");
    expect(lastVerdict(["who makes up the quartet?", "and chiina?"])).toBe("no");
  });
});

describe("Russia's part asked yes/no as disputed, in Russian (controversial-part.ts)", () => {
  it("is read as whether Russia's involvement is disputed", () => {
    expect(asRussianControversialPart("роль москвы в урегулировании неоднозначна?")).toBe(
      "вызывает ли участие россии в мирном процессе споры?",
    );
    expect(lastVerdict(["роль москвы в урегулировании неоднозначна?"])).toBe("yes");
  });
  it("leaves a negation, a reason and another party as typed", () => {
    for (const q of [
      "роль россии в урегулировании не спорная?",
      "почему роль россии спорная?",
      "роль сша в урегулировании спорная?",
    ])
      expect(asRussianControversialPart(q)).toBe(q);
  });
  it("reads long input in linear time", () => {
    expectFast(() => {
      for (const unit of ["роль россии ", "а ", "спорн", "роль "])
        asRussianControversialPart(unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 159));
      for (const unit of ["роль россии ", "а ", "спорн"])
        asRussianControversialPart(unit.repeat(Math.ceil(20_000 / unit.length)));
    }, 500);
  });
});
