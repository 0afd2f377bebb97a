// dialog16: follow-ups asking a purpose, basis, context or whose idea; the only point (sole-point.ts); figures
// (figures-asked.ts); "any quote from X?" (said-anything.ts); "X. Did he?" (bare-tag.ts); a member said to have
// left its group (left-group.ts); a listed party with the list pointed at; a learner's question with a pronoun.
// Our own phrasings (not the probe set's), written from the article.
import { describe, expect, it } from "vitest";
import { withTrueTag } from "../../src/dialogue/bare-tag.js";
import { figuresAsked } from "../../src/dialogue/figures-asked.js";
import { leftGroupOf } from "../../src/dialogue/left-group.js";
import { saidAnythingOf } from "../../src/dialogue/said-anything.js";
import { solePointAsked } from "../../src/dialogue/sole-point.js";
import { lastAnswer, lastReply, lastVerdict } from "../helpers/dialogue.js";

describe("follow-ups asking a purpose, a basis, a context or whose idea", () => {
  it("reads them against the last answer, not as new questions", () => {
    expect(lastReply(["what is the quartet for?", "so what was it created for?"]).kind).toBe("answer");
    expect(lastAnswer(["what is the quartet for?", "so what was it created for?"]).answer.answer).toMatch(
      /negotiations/,
    );
    expect(
      lastAnswer(["why does putin say us policy failed?", "what is that based on?"]).answer.answer,
    ).toMatch(/surge|violence/);
    expect(lastReply(["к чему призывает МИД России?", "с какой целью?"], "ru").kind).toBe("answer");
    expect(lastReply(["к чему призывает МИД России?", "в каком контексте?"], "ru").kind).toBe("more");
    expect(lastReply(["what does the foreign ministry urge?", "whose idea was it?"]).kind).toBe(
      "who-said-that",
    );
  });

  it("keeps the first answer as context when the second half of a message is refused", () => {
    const r = lastReply(["Who is in the Quartet? And who won the 2018 world cup?", "for what purpose?"]);
    expect(r.kind).toBe("answer");
  });
});

describe("the last answer's point asked as the only one (sole-point.ts)", () => {
  it("recognises the question in both languages", () => {
    expect(solePointAsked("so is that his only complaint")).toBe(true);
    expect(solePointAsked("is that all he criticizes them for")).toBe(true);
    expect(solePointAsked("это их единственный упрёк?")).toBe(true);
    expect(solePointAsked("is that the only quartet member")).toBe(false);
  });

  it("is No where the last answer quotes that voice on several points", () => {
    expect(lastVerdict(["what is putin's problem with washington?", "is that his only complaint?"])).toBe(
      "no",
    );
    expect(lastVerdict(["в чём Путин упрекает США?", "это его единственная претензия?"], "ru")).toBe("no");
  });
});

describe("figures asked after an answer (figures-asked.ts)", () => {
  it("recognises the question", () => {
    expect(figuresAsked("any exact figures")).toBe(true);
    expect(figuresAsked("а конкретные цифры приводятся")).toBe(true);
    expect(figuresAsked("any figures from the un")).toBe(false);
  });

  it("is 'doesn't say' where the evidence holds no figure", () => {
    // Asked of the voice: doesn't say. Asked of the article ("does it give any figures?") it is No — the article's
    // whole text holds no figure (dialog41-kinds, figures-asked.ts; the convention of "does the article mention Iran?").
    expect(lastVerdict(["what does putin say about civilians?", "does he give any figures?"])).toBe(
      "not-said",
    );
    expect(lastVerdict(["что Путин сказал о мирных жителях?", "а данные какие-то есть?"], "ru")).toBe(
      "not-said",
    );
  });
});

describe("'any quote from X?' and 'X. Did he?'", () => {
  it("reads a party's words asked without a verb as 'did X say anything?'", () => {
    expect(saidAnythingOf("Any comments from Netanyahu?")).toBe("did Netanyahu say anything?");
    expect(saidAnythingOf("and Hamas? did they react")).toBe("did Hamas say anything?");
    expect(saidAnythingOf("any quotes from him?")).toBeNull();
    expect(lastVerdict(["who did putin call?", "any statement from erdogan at all?"])).toBe("not-said");
  });

  it("reads a bare tag after a statement as 'is that true?'", () => {
    expect(withTrueTag("Someone said Erdogan refused. Did he?")).toBe(
      "Someone said Erdogan refused. Is that true?",
    );
    expect(withTrueTag("Did he?")).toBe("Did he?");
    expect(lastVerdict(["who did putin call?", "My friend says Erdogan backed a ceasefire. Did he?"])).toBe(
      "not-said",
    );
  });
});

describe("a listed party asked with the list pointed at, and a member said to have left (left-group.ts)", () => {
  it("reads 'was X one of them?', 'а X туда входит?' against the list", () => {
    expect(lastVerdict(["which members does the quartet have?", "was Turkey among them?"])).toBe("no");
    expect(lastVerdict(["which members does the quartet have?", "is the EU one of them?"])).toBe("yes");
    expect(lastVerdict(["какие члены у квартета?", "а Турция тоже туда входит?"], "ru")).toBe("no");
  });

  it("is No where the group's full list names the party said to have left", () => {
    expect(leftGroupOf("has russia withdrawn from the quartet", "en")?.group).toBe("quartet");
    expect(lastVerdict(["I read that Russia walked out of the Quartet. Is that so?"])).toBe("no");
    expect(lastVerdict(["правда, что Россия вышла из квартета?"], "ru")).toBe("no");
    // A party the list never names is no member to have left: not our No.
    expect(lastVerdict(["did brazil quit the quartet?"])).not.toBe("yes");
  });
});

describe("a learner's yes/no with a pronoun subject", () => {
  it("is asked back with its auxiliary and read in context", () => {
    expect(lastVerdict(["what did putin tell erdogan?", "he want the shooting stop quick?"])).toBe("yes");
  });
});

describe("chat shorthand (src/answering/word-rewrites.ts)", () => {
  it("reads smth, abt, acc to and r u as their words", () => {
    const r = lastAnswer(["r u able to tell me smth abt the kremlin's role acc to peskov"]);
    expect(r.answer.answered).toBe(true);
    expect(r.answer.answer).toMatch(/constructive/);
  });
});
