// dialog9's conversation kinds: a restriction typed after its thing ("in Gaza only?"), examples offered as an
// alternative the article names neither side of, another verb of saying for a voice ("what did X add?"), and two
// glue words before a question. Our own phrasings, from the article; each with the case that must not change.
import { describe, expect, it } from "vitest";
import { lastAnswer, lastEntry, lastVerdict } from "../helpers/dialogue.js";

describe("a restriction typed after its thing", () => {
  it("is No where the evidence names more than it", () => {
    expect(lastVerdict(["what worries putin about civilians?", "in gaza only?"])).toBe("no");
    expect(lastVerdict(["что беспокоит путина?", "в газе только?"], "ru")).toBe("no");
  });

  it("inside a first question too; and 'only' after a verb is no place", () => {
    const reply = lastAnswer([
      "what worries putin about civilians?",
      "is putin worried about civilians in gaza only?",
    ]);
    expect(reply.verdict).toBe("no");
    expect(lastVerdict(["путина беспокоят жертвы в газе только?"], "ru")).toBe("no");
    expect(lastVerdict(["is putin worried about civilians in israel and gaza?"])).toBe("yes");
    expect(lastVerdict(["who did putin phone?", "what did he stress only?"])).not.toBe("no");
  });
});

describe("examples offered where the article names none of them", () => {
  it("is 'doesn't say', with the last evidence", () => {
    const reply = lastAnswer(["what is feared as the fighting grows?", "beyond where, say syria or egypt?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.entry?.id).toBe("crisis-spread-fears");
    const ru = lastAnswer(["кому звонил путин?", "кому, например, макрону или байдену?"], "ru");
    expect(ru.verdict).toBe("not-said");
  });

  it("a side the article names still answers as before", () => {
    const reply = lastAnswer(["кому звонил путин?", "эрдогану или байдену?"], "ru");
    expect(reply.verdict).toBeNull();
    expect(reply.answer.answer).toMatch(/Эрдоган/);
  });
});

describe("another verb of saying for a voice", () => {
  it("is what that voice said", () => {
    expect(lastAnswer(["and what did the Foreign Ministry add?"]).answer.answer).toMatch(/Foreign Ministry/);
    expect(lastAnswer(["а что добавил Песков?"], "ru").answer.answer).toMatch(/Песков/);
  });

  it("a name the article never quotes stays unanswered", () => {
    expect(lastAnswer(["what did Blinken add?"]).answer.answered).toBe(false);
  });
});

describe("two glue words before a question", () => {
  it("are dropped together", () => {
    expect(lastEntry(["alright fine, who did putin call?"])).toBe("putin-erdogan-call");
  });
});
