// Follow-ups that lean on the last answer, and questions about the article's words: a new party the article never
// names ("and Brazil?"), a restriction ("only Israel?"), "is it true that X said…" through the claim checker, an
// alternative ("X or Y?"), "does the article mention…", why with a verb. Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { answerOf, askOnce, lastAnswer, lastReply, lastVerdict, playChat } from "../helpers/dialogue.js";

describe("a party the article never names, asked elliptically", () => {
  it("after a yes on a list the article gives in full: No, and says it is not mentioned", () => {
    const reply = lastAnswer(["is the un in the quartet?", "and brazil?"]);
    expect(reply.verdict).toBe("no");
    expect(reply.answer.answer).toMatch(/does not mention brazil/i);
    expect(reply.answer.quotes.length).toBeGreaterThan(0);
  });

  it("after a yes on a single fact: the article doesn't say (not No)", () => {
    const reply = lastAnswer(["did putin speak to erdogan by phone?", "what about scholz?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.answer).toMatch(/does not mention scholz/i);
  });

  it("in Russian: А Бразилия? after the Quartet's members", () => {
    const reply = lastAnswer(["Россия входит в квартет?", "А Бразилия?"], "ru");
    expect(reply.verdict).toBe("no");
    expect(reply.answer.answer).toMatch(/ничего нет/);
  });

  it("a party the article names is not called unmentioned: 'and israel?' reads on", () => {
    const reply = lastAnswer(["what ties does russia have with the palestinians?", "and israel?"]);
    expect(reply.answer.answer).not.toMatch(/does not mention/i);
    expect(reply.answer.answered).toBe(true);
  });

  it("a topic word the knowledge base knows is no party: 'and the numbers?' is not said to be unmentioned", () => {
    const reply = lastReply(["who did putin call?", "and the numbers?"]);
    expect(reply.kind === "answer" ? reply.answer.answer : "").not.toMatch(/does not mention/i);
  });
});

describe("a restriction read against the last answer's evidence", () => {
  it.each([
    [["where are civilians dying according to putin?", "just israel?"], "en"],
    [["Где гибнут мирные жители, по словам Путина?", "только в Израиле?"], "ru"],
  ] as const)("%j -> No: the evidence names both places", (messages, lang) => {
    expect(lastVerdict([...messages], lang)).toBe("no");
  });

  it("a restriction the evidence does not name: the article doesn't say", () => {
    expect(lastVerdict(["who did putin call?", "only about lebanon?"])).toBe("not-said");
  });
});

describe("'is it true that X said…' goes to the claim checker", () => {
  it("a fair paraphrase of the article: Yes, with the entry quoting it", () => {
    const reply = askOnce("is it true that the foreign ministry said regional players must be coordinated?");
    expect(reply.verdict).toBe("yes");
    expect(reply.answer.quotes.some((q) => /coordinating regional players/.test(q.text))).toBe(true);
  });

  it("an actor swapped: No, with the article's words", () => {
    const reply = askOnce("did putin really say that hamas is to blame for the violence?");
    expect(reply.verdict).toBe("no");
    expect(reply.answer.quotes.some((q) => /United States/.test(q.text))).toBe(true);
  });

  it("nothing like it in the article: the article doesn't say, with what it does say", () => {
    const reply = askOnce("is it true that peskov said russia will send troops to gaza?");
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.quotes.length).toBeGreaterThan(0);
  });

  it("a claim the engine cannot place: the checker's verdict still answers it", () => {
    const reply = askOnce(
      "did peskov really say that the kremlin wants to keep out of the conflict entirely?",
    );
    expect(reply.verdict).not.toBe("yes");
    expect(reply.verdict).not.toBeNull();
  });

  it("in Russian: Путин правда сказал, что ХАМАС виноват? is never Yes", () => {
    const reply = lastAnswer(["Путин правда сказал, что во всём виноват ХАМАС?"], "ru");
    expect(reply.verdict).not.toBe("yes");
  });

  it("'is it true that…' after an answer: its 'it' is the frame's, not the last topic", () => {
    const reply = lastAnswer(["who does putin blame?", "is it true that peskov praised the us?"]);
    expect(reply.understood ?? "").not.toMatch(/policy true|the us true/);
    // The article has Peskov say nothing of the US: doesn't say (verdict47, session 43; it was a No read against
    // Putin's blame).
    expect(reply.verdict).toBe("not-said");
  });

  it("'did Putin say that?' stays a follow-up on the last answer, not a claim", () => {
    const turns = playChat(["what did peskov say?", "did putin say that?"]);
    const reply = answerOf(turns[1]!.replies[0]!);
    expect(reply.verdictSource).toBe("attribution");
  });
});

describe("an alternative question is answered by the side the article supports", () => {
  it.each([
    ["did putin speak with erdogan or with macron?", /erdogan/i],
    ["does putin blame washington or israel?", /united states|washington/i],
    ["Путин говорил с Эрдоганом или с Макроном?", /эрдоган/i],
  ])("%s", (q, named) => {
    const reply = lastAnswer([q], /[а-я]/i.test(q) ? "ru" : "en");
    expect(reply.answer.answered).toBe(true);
    expect(reply.verdict).toBeNull();
    expect(`${reply.understood} ${reply.answer.answer}`).toMatch(named);
    expect(reply.answer.answer).not.toMatch(/^(yes|no|да|нет)\b/i);
  });

  it.each([
    [["who does putin blame?", "hamas or the us?"], "en", /the us/],
    [["С кем говорил Путин?", "с Эрдоганом или с Байденом?"], "ru", /эрдоган/],
  ] as const)("alone after an answer, %j: the side the answer names", (messages, lang, side) => {
    const reply = lastAnswer([...messages], lang);
    expect(reply.understood ?? "").toMatch(side);
    expect(reply.answer.answered).toBe(true);
  });

  it("neither side in the article: no side is chosen", () => {
    const reply = askOnce("did putin call macron or scholz?");
    expect(reply.understood ?? "").not.toMatch(/macron|scholz/);
  });
});

describe("'does the article mention X?' is read from the article's text", () => {
  it.each([
    ["does the article mention the EU?", "yes"],
    ["is the united nations mentioned anywhere?", "yes"],
    ["does the story mention the african union?", "no"],
    ["В статье упоминается Евросоюз?", "yes"],
    ["в статье упоминается Лига арабских государств?", "no"],
  ] as const)("%s -> %s", (q, verdict) => {
    const reply = lastAnswer([q], /[а-я]/i.test(q) ? "ru" : "en");
    expect(reply.verdict).toBe(verdict);
    if (verdict === "yes") expect(reply.answer.quotes.length).toBeGreaterThan(0);
  });

  it.each([
    ["независимое гос-во палестинцев вообще упоминается?"],
    ["компромисы какие-нибудь упоминаются в статье?"],
  ])("a Russian thing spelled unlike the curated side but read on-topic is no false Нет: %s", (q) => {
    const reply = lastAnswer([q], "ru");
    expect(reply.answer.answer).not.toMatch(/не упоминается/);
    expect(reply.answer.answered).toBe(true);
  });

  it("a matter, not a name, stays the engine's: 'does the article mention who started it?'", () => {
    expect(askOnce("does the article mention who started the fighting?").verdictSource).not.toBe(
      "article-text",
    );
  });
});

describe("why with a verb or an evaluation is a why-follow-up", () => {
  it.each([
    ["what does putin criticize washington for?", "why is that a problem?", "en"],
    ["who does putin blame?", "why does he hold them responsible?", "en"],
    ["За что Путин критикует Вашингтон?", "а что в этом такого?", "ru"],
    ["Кого обвиняет Путин?", "а зачем ему это?", "ru"],
  ] as const)("%s / %s", (first, second, lang) => {
    const reply = lastAnswer([first, second], lang);
    expect(reply.followUp).toBe("why");
  });
});

describe("a question that is not yes/no does not get an entry's own Yes/No opener", () => {
  it("'who does the kremlin keep talking to?' does not open with Yes", () => {
    const reply = askOnce("who does the kremlin keep talking to?");
    expect(reply.verdict).toBeNull();
    expect(reply.answer.answer).not.toMatch(/^yes\b/i);
  });
});

describe("a member asked about after a list ('is Brazil one of them?')", () => {
  it("after the Quartet's members: No, not mentioned", () => {
    const reply = lastAnswer(["who is in the quartet?", "is brazil one of them?"]);
    expect(reply.verdict).toBe("no");
    expect(reply.answer.answer).toMatch(/does not mention brazil/i);
  });

  it("in Russian: а Бразилия туда тоже входит? → Нет", () => {
    expect(lastVerdict(["Кто входит в квартет?", "а Бразилия туда тоже входит?"], "ru")).toBe("no");
  });

  it("after a single fact with no list: the article doesn't say (not No)", () => {
    expect(lastVerdict(["who did putin call?", "is brazil in it?"])).toBe("not-said");
  });

  it("a member the article names is no unmentioned party: 'is the eu one of them?' reads on", () => {
    const reply = lastAnswer(["who is in the quartet?", "is the eu one of them?"]);
    expect(reply.answer.answer).not.toMatch(/does not mention/i);
  });
});
