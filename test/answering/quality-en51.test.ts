// Wave AB's English single-question kinds (quality-en51), through the readers and the engine: the story in brief
// asked in an unusual form or for an unusual reader ("in one tweet", "as a newspaper headline", "like a text to my
// mum", "to a five year old"), terse shorthand with symbols ("X + Y call — main msg?"), whether the article praises
// the US, a wrong member of the Quartet with the article named after the group, and a plain "did <voice> call for
// a ceasefire?". Questions written for this test; off-story neighbours stay refused.
import { describe, expect, it } from "vitest";
import { asCleftDoer } from "../../src/answering/cleft-doer.js";
import { asPraiseOfUs } from "../../src/answering/praise-for.js";
import { asRoleOrMembership } from "../../src/answering/role-and-membership.js";
import { withoutSummaryStyle } from "../../src/answering/summary-style.js";
import { realEngine as engine } from "../helpers/engine.js";

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : (a.reason ?? "refused");
};

describe("the story in brief in an unusual form (summary-style.ts)", () => {
  it("drops the form and the reader", () => {
    expect(withoutSummaryStyle("recap it in a single tweet").trim()).toBe("recap it");
    expect(withoutSummaryStyle("recap it like a text message to my gran").trim()).toBe("recap it");
  });
  it("answers each with the summary", () => {
    for (const q of [
      "squeeze the news into one tweet",
      "put the story as a newspaper headline",
      "how would you explain this article to a seven year old",
      "summarise the piece like a text message to my dad",
      "write it up as a tweet",
    ])
      expect(read(q), q).toBe("summary");
  });
  it("keeps another text's summary refused", () => {
    expect(read("sum up yesterday's football match in one tweet")).toBe("out-of-scope");
  });
});

describe("terse shorthand with symbols (chat-shorthand.ts)", () => {
  it("reads msg and convo", () => {
    expect(read("erdogan + putin convo — main msg?")).toBe("putin-erdogan-call");
  });
  it("keeps another call refused", () => {
    expect(read("macron + scholz call — main msg?")).toBe("out-of-scope");
  });
});

describe("whether the article praises the US (praise-for.ts)", () => {
  it("reads the article's view of the US as Putin's", () => {
    expect(asPraiseOfUs("ok so is washington praised in the article or not")).toBe(
      "what does putin say about the united states",
    );
    expect(asPraiseOfUs("does this text portray america in a good light?")).toBe(
      "what does putin say about the united states",
    );
    expect(asPraiseOfUs("does the article praise the palestinians?")).toBe(
      "does the article praise the palestinians?",
    );
  });
});

describe("a member of the Quartet with the article named after it (role-and-membership.ts)", () => {
  it("reads who is in the group", () => {
    expect(asRoleOrMembership("is india one of the members of the quartet mentioned in the text?")).toBe(
      "who is in the quartet",
    );
    expect(asRoleOrMembership("does the quartet in this story include brazil?")).toBe(
      "who is in the quartet",
    );
    expect(asRoleOrMembership("was canada part of the quartet the article mentions?")).toBe(
      "who is in the quartet",
    );
  });
});

describe("a story voice asked to have urged something (cleft-doer.ts)", () => {
  it("asks who did", () => {
    expect(asCleftDoer("did peskov push for a truce?")).toBe("who pushed for a truce");
    expect(asCleftDoer("has the kremlin urged a ceasefire")).toBe("who urged a ceasefire");
    expect(asCleftDoer("did peskov say anything?")).toBe("did peskov say anything?");
  });
  it("answers with the ceasefire call, not who Peskov is", () => {
    expect(read("did peskov push for a truce?")).not.toMatch(/^who-is-/);
    expect(engine.findAnswer("did peskov push for a truce?").answer).toMatch(/Putin/);
  });
});
