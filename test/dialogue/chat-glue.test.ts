// Chat glue before a question ("alright, but…", "Здравствуйте!…") and "was that Putin's?" asked in other words
// ("was it how Peskov put it?", "а Песков про это что-то говорил?"). Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { withoutChatGlue } from "../../src/dialogue/dialogue.js";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";

describe("chat glue before the question", () => {
  it.each([
    ["alright, but is he worried about them?", "is he worried about them?"],
    ["thanks a lot! and does he back a state?", "and does he back a state?"],
    ["got it. hello! who is Peskov?", "who is Peskov?"],
    ["Здравствуйте! Кто такой Песков?", "Кто такой Песков?"],
    ["понятно, но кто это сказал?", "кто это сказал?"],
    ["ну что, правда срочно?", "правда срочно?"],
  ])("%s → %s", (typed, rest) => {
    expect(withoutChatGlue(typed)).toBe(rest);
  });

  it.each(["great powers like Russia: what role?", "хорошо ли Россия ладит с Израилем?", "thanks!", "ok"])(
    "leaves a glue-like start that is the question, or glue alone, as typed: %s",
    (typed) => {
      expect(withoutChatGlue(typed)).toBe(typed);
    },
  );

  it("a yes/no after glue gets its verdict line, in context", () => {
    const reply = lastAnswer([
      "what does putin think about civilian deaths?",
      "alright, but is he worried about them?",
    ]);
    expect(reply.verdict).toBe("yes");
  });

  it("in Russian: a greeting before 'what is it about' answers it", () => {
    const reply = lastAnswer(["Здравствуйте! О чём эта новость?"], "ru");
    expect(reply.answer.answered).toBe(true);
  });
});

describe("whose words the last answer reports, asked in other words", () => {
  it("'who said that, X himself?' with X's quote: Yes", () => {
    expect(lastVerdict(["who is to blame in putin's view?", "who said that, putin himself?"])).toBe("yes");
  });

  it("'was it how Peskov put it?' on Putin's words: No, naming Putin", () => {
    const reply = lastAnswer(["who is to blame in putin's view?", "was it how peskov put it?"]);
    expect(reply.verdict).toBe("no");
    expect(reply.answer.answer).toMatch(/not give this as Peskov's words — they are Putin's/);
  });

  it("'did Putin say anything about that?' on the article's own account: No, and says so", () => {
    const reply = lastAnswer(["what is the quartet?", "did putin say anything about that?"]);
    expect(reply.verdict).toBe("no");
    // dialog24: the no-mention sentence beside the Quartet's in its paragraph now says why (neighbour-mention.ts).
    expect(reply.answer.answer).toMatch(/article's own account|makes no mention/);
  });

  it("in Russian: 'а Песков про это что-то говорил?' on Putin's words: Нет, это говорит Путин", () => {
    const reply = lastAnswer(["Кого Путин считает виноватым?", "а Песков про это что-то говорил?"], "ru");
    expect(reply.verdict).toBe("no");
    expect(reply.answer.answer).toMatch(/не Песков, а Путин/);
  });
});

describe("a follow-up the engine cannot place among near entries, settled by the last answer", () => {
  it.each(["did they also demand an arms embargo?", "did they want Israel punished?"])(
    "after the Foreign Ministry's position: %s → that entry, the article doesn't say",
    (asked) => {
      const reply = lastAnswer(["what does the Russian foreign ministry want?", asked]);
      expect(reply.answer.reason).not.toBe("ambiguous");
      expect(reply.answer.entry?.id).toBe(lastEntry(["what does the Russian foreign ministry want?"]));
      expect(reply.verdict).toBe("not-said");
    },
  );

  it("with no last answer the engine's choice stays open", () => {
    expect(lastVerdict(["did the ministry want Israel punished?"])).not.toBe("yes");
  });
});
