// dialog8's kinds: a self-image asked as a fact ("is Moscow an impartial mediator?") is not Yes; a bare party
// after an answer giving the article's whole list ("is Brazil?", "а Египет?") is Yes or No from that list, even
// for a party the article names elsewhere; "same for the UN?" of a party the last evidence never names is "doesn't
// say"; "so?", "and after that?", "а потом?" go on. Our own phrasings, from the article; each with its opposite.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastReply, lastVerdict } from "../helpers/dialogue.js";

describe("a bare party after the Quartet's list", () => {
  it("is No when the list leaves it out, also for a party the article names elsewhere", () => {
    for (const party of ["is Brazil?", "and Turkey?", "is israel then?"]) {
      const reply = lastAnswer(["who sits in the quartet", party]);
      expect(reply.verdict, party).toBe("no");
      expect(reply.answer.answered, party).toBe(true);
      expect(
        reply.answer.quotes.some((q) => q.text.includes("United Nations")),
        party,
      ).toBe(true);
    }
    expect(lastVerdict(["кто состоит в квартете?", "а Египет?"], "ru")).toBe("no");
    expect(lastVerdict(["кто состоит в квартете?", "а Турция?"], "ru")).toBe("no");
  });

  it("is Yes when the list names it", () => {
    expect(lastVerdict(["who sits in the quartet", "is the UN?"])).toBe("yes");
    expect(lastVerdict(["кто состоит в квартете?", "а ООН?"], "ru")).toBe("yes");
    expect(lastVerdict(["кто состоит в квартете?", "а США?"], "ru")).toBe("yes");
  });

  it("is not read against an answer that only quotes the list, nor when it is no party", () => {
    // The answer about the controversy quotes the Quartet sentence but is not the list.
    expect(lastVerdict(["why is russia's involvement controversial?", "and egypt?"])).not.toBe("no");
    expect(lastVerdict(["who sits in the quartet", "is it?"])).not.toBe("no");
    expect(lastVerdict(["кто состоит в квартете?", "а россия туда входит?"], "ru")).toBe("yes");
  });
});

describe("going on from the last answer", () => {
  it("'so?', 'and after that?', 'а потом?' answer from the story, not 'doesn't cover'", () => {
    for (const next of ["so?", "and after that?"]) {
      const reply = lastReply(["who did putin phone", next]);
      expect(reply.kind, next).toBe("more");
    }
    const ru = lastReply(["с кем созвонился путин?", "а потом?"], "ru");
    expect(ru.kind).toBe("more");
    // Before this, "so?" was "doesn't cover": the opposite case, a message that is no follow-up, still refuses.
    expect(lastAnswer(["who did putin phone", "so what's bitcoin at"]).answer.answered).toBe(false);
  });

  it("'so' inside a question stays that question", () => {
    expect(lastAnswer(["who did putin phone", "so what did he want?"]).answer.answer).toMatch(/ceasefire/i);
  });
});

describe("a self-image asked as a fact", () => {
  it("'is Russia an impartial mediator?' is not Yes: the article says Moscow presents itself as one", () => {
    expect(lastVerdict(["is moscow an impartial mediator?"])).toBe("not-said");
    expect(lastVerdict(["Москва беспристрастный посредник?"], "ru")).toBe("not-said");
  });

  it("asked as the self-image, or about something real beside it, keeps its Yes", () => {
    expect(lastVerdict(["Москва хочет выглядеть беспристрастным посредником?"], "ru")).toBe("yes");
    expect(lastVerdict(["does russia have ties with the palestinians?"])).toBe("yes");
  });
});

describe("the last question asked of another party", () => {
  it("'same for the UN?', 'а ООН тоже?' after Putin's criticism of the US: the article doesn't say it of them", () => {
    const reply = lastAnswer(["why is putin angry at washington", "same for the UN?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.answer).toMatch(/doesn't say that of the UN/);
    expect(lastVerdict(["за что путин критикует вашингтон", "а ООН тоже критикует?"], "ru")).toBe("not-said");
  });

  it("a party the last evidence names is left to the other readers", () => {
    const reply = lastAnswer(["who did putin phone", "same for erdogan?"]);
    expect(reply.answer.answer).not.toMatch(/doesn't say that of/);
  });
});

describe("a term the article never uses for the entry's point", () => {
  it("'a two-state solution?' is not a bare Yes: the evidence says what the article does say", () => {
    const reply = lastAnswer(["does putin back a two-state solution?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.answer).toMatch(/Palestinian state/);
    expect(lastVerdict(["путин за решение о двух государствах?"], "ru")).not.toBe("yes");
  });

  it("the article's own words keep their Yes", () => {
    expect(lastVerdict(["does putin back a palestinian state?"])).toBe("yes");
  });
});
