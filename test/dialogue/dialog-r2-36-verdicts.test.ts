// dialog-r2-36's verdicts (issue 11): the blame cleft "is it X he blames?" as singled out (blame-cleft.ts: No where
// the evidence blames another); "is peskov quoted too?" Yes where the answer's quotes give his words
// (quoted-asked.ts); "the peace quartet" as the Quartet (list-member.ts); «…? да или нет» read as one question
// (two-questions.ts). Phrasings written for this test, not the sets'.
import { describe, expect, it } from "vitest";
import { blameCleftOf } from "../../src/dialogue/blame-cleft.js";
import { quotedAsked } from "../../src/dialogue/quoted-asked.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

describe("the blame cleft", () => {
  it("reads 'is it X he blames?' as 'does he blame only X?'", () => {
    expect(blameCleftOf("is it hamas he blames?")).toBe("does he blame only hamas?");
    expect(blameCleftOf("so was it the palestinians that putin blamed")).toBe(
      "so did putin blame only the palestinians?",
    );
    expect(blameCleftOf("is it erdogan who blames the us?")).toBeNull();
  });
  it("is No after whom he blames, Yes for the US", () => {
    expect(lastVerdict(["whom is putin blaming", "it's hamas he holds responsible then?"])).toBe("no");
    expect(lastVerdict(["whom is putin blaming", "was it washington he blamed?"])).toBe("yes");
    expect(lastVerdict(["whom is putin blaming", "does he blame the palestinians?"])).toBe("not-said");
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput(blameCleftOf, ["is it ", "a ", "he ", "blames "]);
    expectLinearOnLongInput(quotedAsked.bind(null) as (t: string) => unknown, ["is ", "a b ", "quoted "]);
  });
});

describe("a voice quoted", () => {
  it("is Yes where the answer quotes that voice", () => {
    expect(lastVerdict(["what is the story about", "does peskov get quoted too?"])).toBe("yes");
    expect(lastVerdict(["is dmitry peskov quoted as well?"])).toBe("yes");
  });
  it("a party the article never names stays No", () => {
    expect(lastVerdict(["is blinken quoted?"])).toBe("no");
  });
});

describe("the Quartet's names and the yes-or-no tag", () => {
  it("'the peace quartet' is the Quartet", () => {
    expect(lastVerdict(["is the united nations part of the peace quartet"])).toBe("yes");
    expect(lastVerdict(["is japan part of the mideast quartet"])).toBe("no");
  });
  it("«…? да или нет» keeps the first question's verdict", () => {
    expect(lastVerdict(["кремль хочет помочь найти урегулирование? да или нет"], "ru")).toBe("yes");
    expect(lastVerdict(["does russia keep ties with the palestinians? yes or no"])).toBe("yes");
  });
});
