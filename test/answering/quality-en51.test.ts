// Wave AB's English single-question kinds (quality-en51), through the readers and the engine: the story in brief
// asked in an unusual form or for an unusual reader ("in one tweet", "as a newspaper headline", "like a text to my
// mum", "to a five year old"), terse shorthand with symbols ("X + Y call — main msg?"), whether the article praises
// the US, a wrong member of the Quartet with the article named after the group, and a plain "did <voice> call for
// a ceasefire?". Questions written for this test; off-story neighbours stay refused. Rows of (question → what the
// reader or engine makes of it), test/helpers/kind-table.ts.
import { describe, expect, it } from "vitest";
import { asCleftDoer } from "../../src/answering/cleft-doer.js";
import { asPraiseOfUs } from "../../src/answering/praise-for.js";
import { asRoleOrMembership } from "../../src/answering/role-and-membership.js";
import { withoutSummaryStyle } from "../../src/answering/summary-style.js";
import { realEngine as engine } from "../helpers/engine.js";
import { answeredFrom, expectRows } from "../helpers/kind-table.js";

/** The entry or kind answered, or the reason it is refused. */
const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? answeredFrom(a) : (a.reason ?? "refused");
};
const TO_PUTIN_ON_US = "what does putin say about the united states";
const WHO_IS_IN_THE_QUARTET = "who is in the quartet";

describe("the story in brief in an unusual form (summary-style.ts)", () => {
  it("drops the form and the reader", () => {
    expectRows(
      (q) => withoutSummaryStyle(q).trim(),
      [
        ["recap it in a single tweet", "recap it"],
        ["recap it like a text message to my gran", "recap it"],
      ],
    );
  });
  it("answers each with the summary", () => {
    expectRows(read, [
      ["squeeze the news into one tweet", "summary"],
      ["put the story as a newspaper headline", "summary"],
      ["how would you explain this article to a seven year old", "summary"],
      ["summarise the piece like a text message to my dad", "summary"],
      ["write it up as a tweet", "summary"],
    ]);
  });
  it("keeps another text's summary refused", () => {
    expectRows(read, [["sum up yesterday's football match in one tweet", "out-of-scope"]]);
  });
});

describe("terse shorthand with symbols (chat-shorthand.ts)", () => {
  it("reads msg and convo, and keeps another call refused", () => {
    expectRows(read, [
      ["erdogan + putin convo — main msg?", "putin-erdogan-call"],
      ["macron + scholz call — main msg?", "out-of-scope"],
    ]);
  });
});

describe("whether the article praises the US (praise-for.ts)", () => {
  it("reads the article's view of the US as Putin's", () => {
    expectRows(asPraiseOfUs, [
      ["ok so is washington praised in the article or not", TO_PUTIN_ON_US],
      ["does this text portray america in a good light?", TO_PUTIN_ON_US],
      ["does the article praise the palestinians?", "does the article praise the palestinians?"],
    ]);
  });
});

describe("a member of the Quartet with the article named after it (role-and-membership.ts)", () => {
  it("reads who is in the group", () => {
    expectRows(asRoleOrMembership, [
      ["is india one of the members of the quartet mentioned in the text?", WHO_IS_IN_THE_QUARTET],
      ["does the quartet in this story include brazil?", WHO_IS_IN_THE_QUARTET],
      ["was canada part of the quartet the article mentions?", WHO_IS_IN_THE_QUARTET],
    ]);
  });
});

describe("a story voice asked to have urged something (cleft-doer.ts)", () => {
  it("asks who did", () => {
    expectRows(asCleftDoer, [
      ["did peskov push for a truce?", "who pushed for a truce"],
      ["has the kremlin urged a ceasefire", "who urged a ceasefire"],
      ["did peskov say anything?", "did peskov say anything?"],
    ]);
  });
  it("answers with the ceasefire call, not who Peskov is", () => {
    expect(read("did peskov push for a truce?")).not.toMatch(/^who-is-/);
    expect(engine.findAnswer("did peskov push for a truce?").answer).toMatch(/Putin/);
  });
});
