// A mention the article says was not made, said to be made (mention-denied.ts), and an admission frame ("X
// admitted/conceded that …", words.ts): the first is altered, not "not in the article"; the second attributes the
// statement, so the article's own sentence in another's mouth is misattributed. Claims written for this test.
import { describe, expect, it } from "vitest";
import { expectVerdict } from "../helpers/claims.js";

describe("a mention the article says Putin did not make, said to be made", () => {
  it.each([
    "Putin dwelt on Russia's contribution to the peace process",
    "In his remarks Putin praised Russia's role as a peacemaker",
    // "he" for Putin: lined up with the sentence, its "no" lost, this was confirmed as a paraphrase.
    "He highlighted Russia's own role in the peace process",
    "he talked about Russia's role in the peace process",
    "Путин много говорил о роли России в урегулировании",
  ])("%s: altered, against the sentence of no mention", (claim) => {
    const v = expectVerdict(claim, "altered");
    expect(v.span?.text).toMatch(/no mention/);
    expect(v.changes.some((c) => c.kind === "negation")).toBe(true);
  });

  it.each([
    // The article's own statement, in other words.
    "Putin didn't talk about Russia's role in the peace process",
    "Putin didnt talk about Russia's own part in the peace process",
    // Another sayer, or no owner of the role: not the denied mention.
    "Peskov stressed the Kremlin's wish to help find a settlement",
  ])("%s: not read as the denied mention", (claim) => {
    const v = expectVerdict(claim, "paraphrase");
    expect(v.changes.some((c) => c.article === "no mention")).toBe(false);
  });
});

describe("an admission frame", () => {
  it.each([
    "Putin admitted that Russia's involvement in the Middle East peace process is not without controversy",
    "Erdogan conceded that Russia has been part of the Quartet alongside the US, the UN and the EU",
  ])("%s: the article's words in another's mouth, misattributed", (claim) => {
    expectVerdict(claim, "misattributed");
  });

  it("keeps 'acknowledges' the article's deed, no frame", () => {
    expectVerdict("Putin acknowledges the need for a Palestinian state", "verbatim");
  });
});
