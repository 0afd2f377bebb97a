// dialog17: an act asked as called for that the evidence does not hold (called-for.ts); whom a voice blames with
// a scope word (blame-scope.ts); the self-image asked in near words (self-presented.ts); the reported call asked
// with another party "on the phone" (call-party.ts) and "who with, then?" after it.
// Our own phrasings (not the probe set's), written from the article.
import { describe, expect, it } from "vitest";
import { asksCalledFor } from "../../src/dialogue/called-for.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("an act asked as called for (called-for.ts)", () => {
  it("recognises the verbs of calling for, not questions about the article", () => {
    expect(asksCalledFor("did he demand air strikes", "en")).toBe(true);
    expect(asksCalledFor("он требовал ввести войска", "ru")).toBe(true);
    expect(asksCalledFor("does the article suggest a plan", "en")).toBe(false);
    expect(asksCalledFor("did putin phone erdogan", "en")).toBe(false);
  });

  it("is never the entry's curated Yes when the act is not in the evidence", () => {
    expect(lastVerdict(["чего хочет Путин?", "он требовал ударов по Газе?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["чего хочет Путин?", "а он призывал к наступлению?"], "ru")).toBe("no");
  });

  it("keeps the Yes where the checker finds the act", () => {
    expect(lastVerdict(["чего хочет Путин?", "он призывал к прекращению огня?"], "ru")).toBe("yes");
    expect(lastVerdict(["what does putin want?", "did he call for the negotiations to resume?"])).toBe("yes");
  });
});

describe("whom a voice blames, with a scope word (blame-scope.ts)", () => {
  it("'X as well' is doesn't say, 'everything on X' is No, where the evidence blames the US", () => {
    expect(lastVerdict(["whom does putin blame?", "does he blame the israelis as well?"])).toBe("not-said");
    expect(lastVerdict(["whom does putin blame?", "does he put all the blame on hamas?"])).toBe("no");
    expect(lastVerdict(["Путин винит во всём ХАМАС?"], "ru")).toBe("no");
  });

  it("leaves the party the evidence blames to the general path", () => {
    expect(lastVerdict(["whom does putin blame?", "does he blame washington?"])).toBe("yes");
  });
});

describe("the self-image asked in near words (self-presented.ts)", () => {
  it("is Yes on the quote 'present itself as an impartial mediator'", () => {
    expect(lastVerdict(["does moscow portray itself as unbiased?"])).toBe("yes");
    expect(lastVerdict(["Москва подаёт себя как нейтрального посредника?"], "ru")).toBe("yes");
  });

  it("leaves the fact asked without the self-image alone", () => {
    expect(lastVerdict(["is russia really neutral?"])).not.toBe("yes");
  });
});

describe("the reported call asked with another party on the phone (call-party.ts)", () => {
  // dialog42 made it No; dialog52's convention: a bare call with another party is "doesn't say" (the article reports
  // one call and denies no other), by the call's matter No.
  it("is doesn't say with the call's entry, then 'who with, then?' gives its party", () => {
    expect(lastVerdict(["did putin talk over the phone with biden?"])).toBe("not-said");
    expect(lastVerdict(["Путин созванивался с Макроном?"], "ru")).toBe("not-said");
    expect(lastVerdict(["Путин созванивался с Макроном по поводу Газы?"], "ru")).toBe("no");
    const then = lastAnswer(["did putin talk over the phone with biden?", "with whom, then?"]);
    expect(then.answer.answer).toMatch(/Erdogan/);
    const ru = lastAnswer(["Путин позвонил Байдену, да?", "а с кем же тогда?"], "ru");
    expect(ru.answer.answer).toMatch(/Эрдоган/);
  });
});

describe("the curators' Russian opposites (conversation.json), read in Russian questions", () => {
  it("is No on the controversy said away, Yes on the controversy said", () => {
    expect(lastVerdict(["роль России в мирном процессе бесспорна?"], "ru")).toBe("no");
    expect(lastVerdict(["участие России вызывает споры?"], "ru")).toBe("yes");
  });
});
