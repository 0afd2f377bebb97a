// dialog36's verdicts (issue 11): the blame convention (a charge put on a target the article does not name is
// "doesn't say", singled out or with the evidence's own matter No; agent-swap.ts); a curated opposite asked as
// the fault's remedy ("should consider compromises": Yes; prescribed-remedy.ts) and a reflexive deed ("defend
// itself") that is no opposite (entry-own-question.ts); "did they talk about restarting negotiations?" after the
// call (call-topic.ts). Phrasings written for this test, not the sets'.
import { describe, expect, it } from "vitest";
import { prescribedRemedy } from "../../src/dialogue/prescribed-remedy.js";
import { lastVerdict } from "../helpers/dialogue.js";
import { expectLinearOnLongInput } from "../helpers/long-input.js";

describe("the blame convention", () => {
  it("a charge on a party the article never has him blame is doesn't say, EN and RU", () => {
    expect(lastVerdict(["has putin accused the israelis?"])).toBe("not-said");
    expect(lastVerdict(["does he put the blame on hamas?"])).toBe("not-said");
    expect(lastVerdict(["путин обвиняет палестинцев?"], "ru")).toBe("not-said");
  });
  it("singled out, everything, or the evidence's own charge stays No; the US blamed stays Yes", () => {
    expect(lastVerdict(["so only the israelis are to blame in his view?"])).toBe("no");
    expect(lastVerdict(["does putin blame hamas for the failed us policy?"])).toBe("no");
    expect(lastVerdict(["путин во всём винит палестинцев?"], "ru")).toBe("no");
    expect(lastVerdict(["does putin blame washington?"])).toBe("yes");
  });
});

describe("a voice's message framing a guilt", () => {
  it("'putin's point is that it's washington's fault' is his blame, not a guilt asked of him (blamer-guilt.ts)", () => {
    expect(lastVerdict(["so putin's point is really that it's washington's fault?"])).toBe("yes");
    expect(lastVerdict(["is putin himself at fault?"])).toBe("not-said");
  });
});

describe("the fault's remedy and a reflexive deed", () => {
  it("the opposite of the faulted deed asked as prescribed is Yes; as done, still No", () => {
    expect(lastVerdict(["does putin think washington ought to consider compromises?"])).toBe("yes");
    expect(lastVerdict(["did washington consider compromises, according to putin?"])).toBe("no");
  });
  it("'defend itself' is not defending the party blamed", () => {
    expect(lastVerdict(["did putin say the israelis may defend themselves?"])).not.toBe("no");
    expect(lastVerdict(["does putin defend washington?"])).toBe("no");
  });
  it("reads long input in linear time", () => {
    expectLinearOnLongInput(
      (t) => prescribedRemedy(t, t.length, "consider compromises", t),
      ["should ", "want the us to ", "a "],
    );
    expectLinearOnLongInput(
      (t) => prescribedRemedy("should consider compromises", 7, "consider compromises", t),
      ["without considering ", "not ", "compromises "],
    );
  });
});

describe("the call's matter in the asker's words", () => {
  it("'did they talk about restarting negotiations?' after the call is Yes", () => {
    expect(lastVerdict(["who did putin phone?", "did the two of them discuss restarting the talks?"])).toBe(
      "yes",
    );
    expect(lastVerdict(["who did putin phone?", "did they talk about compromises?"])).not.toBe("yes");
  });
});
