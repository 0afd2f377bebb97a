// dialog26: follow-ups that lean on a summary, a refusal or a "doesn't say", and the cards of rewritten follow-ups
// saying what they understood. Our own phrasings, from the article.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastEntry } from "../helpers/dialogue.js";

describe("a rewritten follow-up says what it understood", () => {
  it("a party swap shows the swapped question, in either language", () => {
    const en = lastAnswer(["what ties does moscow keep with hamas", "and with israel?"]);
    expect(en.answer.entry?.id).toBe("russia-israel-ties");
    expect(en.understood).toMatch(/israel/i);
    const ru = lastAnswer(["какие связи у россии с хамасом", "а с Израилем?"], "ru");
    expect(ru.answer.entry?.id).toBe("russia-israel-ties");
    expect(ru.understood).toMatch(/израил/i);
  });

  it("'back to X —' shows the question with the name in place of the pronoun", () => {
    const back = lastAnswer(["who is peskov", "back to putin, who does he blame?"]);
    expect(back.understood).toMatch(/Putin blame/);
  });
});

describe("'the bit about X' after a summary or a conclusion", () => {
  it("is a question about X, not a topic named 'bit about X'", () => {
    expect(lastEntry(["what does the article conclude", "and the bit about washington?"])).toBe(
      "putin-on-us",
    );
    expect(
      lastAnswer(["sum the article up for me", "and the part about the ceasefire?"]).answer.answer,
    ).toMatch(/ceasefire/);
    expect(lastEntry(["какой вывод делает статья", "а кусок про Вашингтон?"], "ru")).toBe("putin-on-us");
  });
});

describe("a Russian talk verb with its subject dropped", () => {
  it("reads as the last question's pair: 'а о чём говорили?' after the call's date", () => {
    const r = lastAnswer(["когда был звонок путина эрдогану", "а о чём говорили?"], "ru");
    expect(r.answer.entry?.id).toBe("putin-erdogan-call");
    expect(r.answer.answer).toMatch(/прекращения огня/);
  });
});

describe("'he' right after a refused question", () => {
  it("is the person the refused question named", () => {
    const en = lastAnswer([
      "What does Putin say about Russian oil exports?",
      "who does he blame for the violence then",
    ]);
    expect(en.answer.entry?.id).toBe("putin-blames-us");
    expect(en.understood).toMatch(/Putin/);
    const ru = lastAnswer(["Что Песков сказал про санкции?", "а что он сказал о конфликте"], "ru");
    expect(ru.answer.entry?.id).toBe("peskov-statement");
  });

  it("leaves a refusal that named no one with nothing to read against", () => {
    const r = lastAnswer(["who won the champions league?", "what did he say about it"]);
    expect(r.understood).toBeNull();
  });
});

describe("'it' after a question on a group's members", () => {
  it("is the group, so its purpose answers, not its members again", () => {
    const r = lastAnswer(["Who are the members of the Middle East Quartet?", "why was it created"]);
    expect(r.answer.entry?.id).toBe("quartet-purpose");
    expect(r.understood).not.toMatch(/members/);
  });
});
