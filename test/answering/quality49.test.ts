// quality49's kinds through the readers and the engine: "recently" / «недавно» setting the scene of a who/what
// question (not the dates the article never gives), a thing asked to be named in the text («Какие стороны конфликта
// названы в статье?»), a phone talk had with another country's president, and a chat tail after a quotation put to
// the claim checker. Questions written for this test; a "when" question keeps its time.
import { describe, expect, it } from "vitest";
import { withoutRecentScene } from "../../src/answering/russian/recent-scene.js";
import { realClaims as check, realEngine as engine } from "../helpers/engine.js";

const read = (q: string) => {
  const a = engine.findAnswer(q);
  return a.answered ? (a.kind === "entry" ? a.entry?.id : a.kind) : (a.entry?.id ?? null);
};

describe("a recent moment beside a person or thing asked", () => {
  it("answers with the call, not the dates", () => {
    for (const q of [
      "who has putin phoned lately?",
      "с кем путин на днях говорил по телефону?",
      "s kem putin nedavno razgovarival?",
    ])
      expect(read(q), q).toBe("putin-erdogan-call");
  });
  it("keeps the time when 'when' is asked", () => {
    expect(withoutRecentScene(["когда", "недавно", "был", "звонок"])).toContain("недавно");
    expect(read("когда путин недавно звонил эрдогану?")).toBe("when-it-happened");
  });
  it("keeps 'только что' right after a question word, and a question with no recent word", () => {
    const typed = ["что", "только", "что", "сказал", "путин"];
    expect(withoutRecentScene(typed)).toEqual(typed);
    expect(withoutRecentScene(["кто", "такой", "песков"])).toEqual(["кто", "такой", "песков"]);
  });
});

describe("a thing asked to be named in the text", () => {
  it("asks for the thing itself", () => {
    expect(read("Какие стороны конфликта упомянуты в тексте?")).toBe(read("Какие стороны конфликта?"));
  });
});

describe("a phone talk had with another country's president", () => {
  it("is the reported call, with the party the article does not name", () => {
    for (const q of [
      "Did Putin have a phone call with the Brazilian president?",
      "did putin chat on the phone with the president of chile?",
    ]) {
      const a = engine.findAnswer(q);
      expect(a.entry?.id, q).toBe("putin-erdogan-call");
      expect(a.wrongParty, q).toBe("call");
    }
  });
});

describe("a chat tail after a quotation (claims)", () => {
  it("reads the quotation alone", () => {
    const v = check('"Russia has been part of the Quartet" is that in there?');
    expect(v.verdict).toBe("verbatim");
  });
  it("keeps a changed quotation altered or absent", () => {
    const v = check('"Russia has never been part of the Quartet" real quote??');
    expect(["altered", "not-in-article"]).toContain(v.verdict);
  });
  it("does not read 'failed the Palestinians' as a dropped negation", () => {
    expect(check("the US government failed the Palestinians").verdict).toBe("paraphrase");
    expect(check("the US government addressed Palestinian interests").verdict).toBe("altered");
  });
});
