// quality37's kinds, in wordings of our own: approval of what Putin faults is No; Putin for a ceasefire is Yes; a
// statement asked by its tag ("…, right?"), after "so", or with "r" for "are" is a plain yes/no question; "actually"
// doubts nothing on a card of plain fact (the call, the Quartet, ties, fears); «что» after a verb of saying opens a
// clause, not a question; a count of the Quartet's listed members is said ("four"); a speaker's statement "on the
// crisis" is that speaker's statement; "trying to seem"/"attempting to appear" is Moscow's pose; «какой страны
// президент путин» asks who he is. Readers stay linear. The engine's figures are the probes' (probes-en75,
// probes-ru76).
import { describe, expect, it } from "vitest";
import { ownedVerdict } from "../../src/answering/owned-verdict.js";
import { asRussianRoleAsked } from "../../src/answering/russian/role-asked.js";
import { WORD_REWRITES } from "../../src/answering/word-rewrites.js";
import { withoutVagueTag } from "../../src/dialogue/vague-tag.js";
import { realEngine as engine } from "../helpers/engine.js";

const verdictOf = (q: string, lang: "en" | "ru", entry: string) =>
  ownedVerdict(q, lang, entry)?.verdict ?? null;

describe("the engine's own verdict, quality37's points and shapes", () => {
  it("says No to approval of what Putin faults", () => {
    expect(verdictOf("does putin applaud the americans' handling of it?", "en", "putin-on-us")).toBe("no");
    expect(verdictOf("путин хвалит вашингтон за его политику?", "ru", "putin-on-us")).toBe("no");
    expect(verdictOf("путин доволен тем, что сделали сша?", "ru", "us-policy-failure")).toBe("no");
  });
  it("leaves approval of his own claim of failure alone", () => {
    expect(verdictOf("does putin approve of saying the us failed?", "en", "putin-on-us")).toBe(null);
    expect(verdictOf("путин одобряет мнение что сша ошиблись?", "ru", "putin-on-us")).toBe(null);
  });
  it("says Yes to Putin for a ceasefire, not to a truce agreed", () => {
    expect(verdictOf("путин выступает за перемирие или как", "ru", "ceasefire-call")).toBe("yes");
    expect(verdictOf("is putin pushing for a truce?", "en", "what-putin-wants")).toBe("yes");
    expect(verdictOf("did putin agree a ceasefire?", "en", "ceasefire-call")).toBe(null);
    expect(verdictOf("путин добился перемирия?", "ru", "ceasefire-call")).toBe(null);
  });
  it("owns the spread fears only when no holder is named (the article gives the concerns none)", () => {
    expect(verdictOf("are there fears the war could spread?", "en", "crisis-spread-fears")).toBe("yes");
    expect(verdictOf("are people scared it spreads beyond the region?", "en", "crisis-spread-fears")).toBe(
      "yes",
    );
    expect(
      verdictOf(
        "is putin himself worried the war could spread to other countries?",
        "en",
        "crisis-spread-fears",
      ),
    ).toBe(null);
    expect(verdictOf("is the kremlin afraid the conflict spills over?", "en", "crisis-spread-fears")).toBe(
      null,
    );
    expect(
      verdictOf("песков опасается что конфликт выйдет за пределы региона?", "ru", "crisis-spread-fears"),
    ).toBe(null);
  });
  it("reads a tagged statement, a statement after 'so' and 'r' as yes/no questions", () => {
    expect(verdictOf("the kremlin has links with hamas, correct?", "en", "russia-palestinian-ties")).toBe(
      "yes",
    );
    expect(verdictOf("so putin is fine with palestinians getting a state?", "en", "palestinian-state")).toBe(
      "yes",
    );
    expect(verdictOf("r folks scared the war could spread further?", "en", "crisis-spread-fears")).toBe(
      "yes",
    );
    expect(verdictOf("the kremlin has links with hamas", "en", "russia-palestinian-ties")).toBe(null);
  });
  it("lets 'actually' ask a plain fact, not Moscow's pose", () => {
    expect(verdictOf("did putin actually phone erdogan?", "en", "putin-erdogan-call")).toBe("yes");
    expect(verdictOf("is russia actually posing as neutral?", "en", "russia-impartial-mediator")).toBe(null);
  });
  it("reads the name's common slips as the name", () => {
    expect(verdictOf("путен обвиняет америку?", "ru", "putin-blames-us")).toBe("yes");
    expect(verdictOf("does puten blame america?", "en", "putin-blames-us")).toBe("yes");
  });
  it("drops «или как» at the end even without a question mark", () => {
    expect(withoutVagueTag("путин против перемирия или как")).toBe("путин против перемирия?");
  });
  it("reads «что» after a verb of saying as a clause", () => {
    expect(verdictOf("песков заявил, что кремль готов содействовать?", "ru", "kremlin-settlement-role")).toBe(
      "yes",
    );
    expect(verdictOf("что песков сказал про помощь кремля?", "ru", "kremlin-settlement-role")).toBe(null);
  });
});

describe("quality37's engine answers", () => {
  it("says how many members the Quartet has", () => {
    expect(engine.findAnswer("what's the size of the quartet, how many are in it").answer).toMatch(/four/);
    expect(engine.findAnswer("сколько членов у квартета?").answer).toMatch(/четыре/);
  });
  it("reads a speaker's statement on the crisis as that speaker's statement", () => {
    expect(engine.findAnswer("kremlin remarks on the situation?").kind).toBe("quotes");
    expect(engine.findAnswer("ministry comments about the conflict").kind).toBe("quotes");
  });
  it("reads trying to seem or attempting to appear as Moscow's pose", () => {
    expect(engine.findAnswer("is the kremlin attempting to look impartial hehe").entry?.id).toBe(
      "russia-impartial-mediator",
    );
    expect(engine.findAnswer("кем москва себя выставляет в этой истории").entry?.id).toBe(
      "russia-impartial-mediator",
    );
  });
  it("reads «в итоге» beside a demand as 'after all', not the article's conclusion", () => {
    expect(engine.findAnswer("что в итоге требует путин?").entry?.id).not.toBe("article-conclusion");
    expect(engine.findAnswer("что в итоге?").entry?.id).toBe("article-conclusion");
  });
  it("reads which country's head as who the person is", () => {
    expect(asRussianRoleAsked("какого государства президент путин")).toBe("кто такой путин");
    expect(asRussianRoleAsked("эрдоган глава какой страны")).toBe("кто такой эрдоган");
  });
});

describe("quality37's readers stay linear on long input", () => {
  const inputs = [
    "a ".repeat(2048),
    `putin ${"statement ".repeat(1000)}on the crisis`,
    `песков ${"сказал ".repeat(1000)}что кремль готов помочь?`,
    `путин ${"президент ".repeat(1000)}какой страны`,
    `is ${"putin ".repeat(25)}for a ceasefire, right?`,
  ];
  const rewrites = WORD_REWRITES.filter(([word]) => ["crisis", "situation", "conflict"].includes(word));
  it.each([
    ["owned verdict (en)", (s: string) => ownedVerdict(s, "en", "ceasefire-call")],
    ["owned verdict (ru)", (s: string) => ownedVerdict(s, "ru", "kremlin-settlement-role")],
    ["russian role asked", asRussianRoleAsked],
    ["statement rewrites", (s: string) => rewrites.map(([, re, to]) => s.replace(re, to))],
  ])("%s", (_name, read) => {
    for (const s of inputs) {
      const started = performance.now();
      read(s);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
