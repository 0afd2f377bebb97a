// quality49's kinds through the readers and the engine: "recently" / «недавно» setting the scene of a who/what
// question (not the dates the article never gives), a thing asked to be named in the text («Какие стороны конфликта
// названы в статье?»), a phone talk had with another country's president, and a chat tail after a quotation put to
// the claim checker. Questions written for this test; a "when" question keeps its time. Rows of (question → what
// it should become): test/helpers/kind-table.ts.
import { describe, expect, it } from "vitest";
import { withoutRecentScene } from "../../src/answering/russian/recent-scene.js";
import { realClaims as check, realEngine as engine } from "../helpers/engine.js";
import { expectRows } from "../helpers/kind-table.js";

/** The entry a question is answered from (or its kind); unanswered, the "doesn't say" entry it met, else null. */
const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : (a.entry?.id ?? null);
};
/** The recent-scene reader on a question's words. */
const scene = (q: string) => withoutRecentScene(q.split(" "));
/** The entry a call question meets and the party it names wrongly. */
const callAndParty = (q: string) => {
  const a = engine.findAnswer(q);
  return { entry: a.entry?.id, wrongParty: a.wrongParty };
};
const verdictOf = (claim: string) => check(claim).verdict;

describe("a recent moment beside a person or thing asked", () => {
  it("answers with the call, not the dates", () => {
    expectRows(read, [
      ["who has putin phoned lately?", "putin-erdogan-call"],
      ["с кем путин на днях говорил по телефону?", "putin-erdogan-call"],
      ["s kem putin nedavno razgovarival?", "putin-erdogan-call"],
    ]);
  });
  it("keeps the time when 'when' is asked", () => {
    expect(withoutRecentScene(["когда", "недавно", "был", "звонок"])).toContain("недавно");
    expectRows(read, [["когда путин недавно звонил эрдогану?", "when-it-happened"]]);
  });
  it("keeps 'только что' right after a question word, and a question with no recent word", () => {
    expectRows(scene, [
      ["что только что сказал путин", ["что", "только", "что", "сказал", "путин"]],
      ["кто такой песков", ["кто", "такой", "песков"]],
    ]);
  });
});

describe("a thing asked to be named in the text", () => {
  it("asks for the thing itself", () => {
    expect(read("Какие стороны конфликта упомянуты в тексте?")).toBe(read("Какие стороны конфликта?"));
  });
});

describe("a phone talk had with another country's president", () => {
  it("is the reported call, with the party the article does not name", () => {
    expectRows(callAndParty, [
      [
        "Did Putin have a phone call with the Brazilian president?",
        { entry: "putin-erdogan-call", wrongParty: "call" },
      ],
      [
        "did putin chat on the phone with the president of chile?",
        { entry: "putin-erdogan-call", wrongParty: "call" },
      ],
    ]);
  });
});

describe("a chat tail after a quotation (claims)", () => {
  it("reads the quotation alone", () => {
    expectRows(verdictOf, [['"Russia has been part of the Quartet" is that in there?', "verbatim"]]);
  });
  it("keeps a changed quotation altered or absent", () => {
    const v = check('"Russia has never been part of the Quartet" real quote??');
    expect(["altered", "not-in-article"]).toContain(v.verdict);
  });
  it("does not read 'failed the Palestinians' as a dropped negation", () => {
    expectRows(verdictOf, [
      ["the US government failed the Palestinians", "paraphrase"],
      ["the US government addressed Palestinian interests", "altered"],
    ]);
  });
});
