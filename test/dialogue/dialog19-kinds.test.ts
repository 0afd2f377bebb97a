// dialog19: tag questions on facts the article holds in near words, a person's country asked yes/no
// (person-country.ts), who-questions with the answer offered ("only X and Y"), a meeting in place of the call
// (contact-mode.ts, call-party.ts), parties the article never names after a refused yes/no, and asides (a sum, a
// joke) mid-chat. Our own phrasings (not the probe set's), written from the article.
import { describe, expect, it } from "vitest";
import { answerOf, lastAnswer, lastVerdict, playChat } from "../helpers/dialogue.js";

describe("tag questions on facts in near words", () => {
  it("counts the article's ties in other words as the article's", () => {
    expect(
      lastVerdict([
        "does Russia have friends in the region?",
        "they're buddies with the Palestinians, right?",
      ]),
    ).toBe("yes");
    expect(lastVerdict(["what links Russia to Israel?", "and they get on with Hamas too?"])).toBe("yes");
    expect(lastVerdict(["какие у России связи?", "у них хорошие отношения с палестинцами?"], "ru")).toBe(
      "yes",
    );
  });

  it("never says Yes for a party the article does not tie to Russia", () => {
    expect(
      lastVerdict([
        "does Russia have friends in the region?",
        "they've been pals with Syria for ages, right?",
      ]),
    ).not.toBe("yes");
    expect(lastVerdict(["какие у России связи?", "у них хорошие отношения с Ираном?"], "ru")).not.toBe("yes");
  });
});

describe("a person's country asked yes/no (person-country.ts)", () => {
  it("is No where the role the article gives names another country", () => {
    expect(lastVerdict(["who's Peskov?", "is he from Turkey?"])).toBe("no");
    expect(lastVerdict(["Erdogan works for the Russian government?"])).toBe("no");
    expect(lastVerdict(["кто такой Эрдоган?", "он работает на Россию?"], "ru")).toBe("no");
    expect(lastVerdict(["Песков — турецкий чиновник?"], "ru")).toBe("no");
  });

  it("is Yes where it is the role's own country", () => {
    expect(lastVerdict(["who's Peskov?", "so he's a Russian official?"])).toBe("yes");
    expect(lastVerdict(["Эрдоган из Турции?"], "ru")).toBe("yes");
  });
});

describe("'а X это …?' after an answer: a clause of its own (clause-switch.ts, negated-in-evidence.ts)", () => {
  it("is No where the evidence says X did not do it", () => {
    expect(lastVerdict(["за что Путин критикует США?", "а Вашингтон это принимал во внимание?"], "ru")).toBe(
      "no",
    );
    expect(lastVerdict(["за что Путин критикует США?", "а США это учли?"], "ru")).not.toBe("yes");
  });
});

describe("a who-question with the answer offered", () => {
  it("is No with the list where the offer leaves members out", () => {
    const reply = lastAnswer(["who belonged to the Quartet: only the UN and the EU?"]);
    expect(reply.verdict).toBe("no");
    expect(reply.answer.answer).toMatch(/Russia/);
    expect(lastVerdict(["кто состоял в Квартете, только Россия и США?"], "ru")).toBe("no");
  });
});

describe("a meeting or another party in place of the reported call", () => {
  it("is No with the call where a place is named", () => {
    expect(lastVerdict(["who did Putin phone?", "did they meet in Istanbul?"])).toBe("no");
    expect(lastVerdict(["who did Putin phone?", "so they sat down together in Sochi?"])).toBe("no");
  });

  // dialog52's convention: a bare "did Putin call X?" is "doesn't say" (the article reports one call, with Erdogan,
  // and denies no other), as is one more call ("ever", "too"); the call by its matter is No. Never Yes.
  it("is doesn't say for a bare 'did Putin call X?', No by the call's matter, doesn't say for one more call", () => {
    expect(lastVerdict(["did Putin call Macron?"])).toBe("not-said");
    expect(lastVerdict(["did Putin call Macron about the ceasefire?"])).toBe("no");
    expect(lastVerdict(["who did Putin phone?", "did he ever ring up the French president?"])).toBe(
      "not-said",
    );
  });

  it("leaves 'call for' and 'call on' alone", () => {
    expect(lastVerdict(["did Putin call for a ceasefire?"])).toBe("yes");
  });
});

describe("parties the article never names", () => {
  it("gives the plain not-covered reply to 'is X involved in …?'", () => {
    const reply = lastAnswer(["Is the Islamic State involved in the violence?"]);
    expect(reply.answer.answered).toBe(false);
    expect(reply.verdict).toBe("not-said");
  });

  it("reads 'and X?' after a refused not-said yes/no as the same question", () => {
    const reply = lastAnswer(["who does Putin blame?", "is hezbollah part of this?", "and syria?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.answer).toMatch(/syria/i);
  });
});

describe("asides mid-chat (small-talk.ts)", () => {
  it("answers a sum or a joke as small talk and keeps the context", () => {
    const turns = playChat(["what does Peskov say?", "what is 3 + 5", "ok, and why?"], { lang: "en" });
    expect(turns[1]!.replies[0]!.kind).toBe("small-talk");
    expect(answerOf(turns[2]!.replies[0]!).answer.answered).toBe(true);
    const ru = playChat(["кого винит Путин?", "расскажи анекдот", "а почему?"], { lang: "ru" });
    expect(ru[1]!.replies[0]!.kind).toBe("small-talk");
    expect(answerOf(ru[2]!.replies[0]!).answer.answered).toBe(true);
  });
});
