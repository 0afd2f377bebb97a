// dialog9's conversation kinds: a restriction typed after its thing ("in Gaza only?"), examples offered as an
// alternative the article names neither side of, another verb of saying for a voice ("what did X add?"), and two
// glue words before a question. Our own phrasings, from the article; each with the case that must not change.
import { describe, expect, it } from "vitest";
import { answerOf, playChat } from "../helpers/dialogue.js";

const last = (messages: string[], lang: "en" | "ru" = "en") =>
  answerOf(playChat(messages, { lang }).at(-1)!.replies[0]!);

describe("a restriction typed after its thing", () => {
  it("is No where the evidence names more than it", () => {
    expect(last(["what worries putin about civilians?", "in gaza only?"]).verdict).toBe("no");
    expect(last(["что беспокоит путина?", "в газе только?"], "ru").verdict).toBe("no");
  });

  it("inside a first question too; and 'only' after a verb is no place", () => {
    const reply = last([
      "what worries putin about civilians?",
      "is putin worried about civilians in gaza only?",
    ]);
    expect(reply.verdict).toBe("no");
    expect(last(["путина беспокоят жертвы в газе только?"], "ru").verdict).toBe("no");
    expect(last(["is putin worried about civilians in israel and gaza?"]).verdict).toBe("yes");
    expect(last(["who did putin phone?", "what did he stress only?"]).verdict).not.toBe("no");
  });
});

describe("examples offered where the article names none of them", () => {
  it("is 'doesn't say', with the last evidence", () => {
    const reply = last(["what is feared as the fighting grows?", "beyond where, say syria or egypt?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.entry?.id).toBe("crisis-spread-fears");
    const ru = last(["кому звонил путин?", "кому, например, макрону или байдену?"], "ru");
    expect(ru.verdict).toBe("not-said");
  });

  it("a side the article names still answers as before", () => {
    const reply = last(["кому звонил путин?", "эрдогану или байдену?"], "ru");
    expect(reply.verdict).toBeNull();
    expect(reply.answer.answer).toMatch(/Эрдоган/);
  });
});

describe("another verb of saying for a voice", () => {
  it("is what that voice said", () => {
    expect(last(["and what did the Foreign Ministry add?"]).answer.answer).toMatch(/Foreign Ministry/);
    expect(last(["а что добавил Песков?"], "ru").answer.answer).toMatch(/Песков/);
  });

  it("a name the article never quotes stays unanswered", () => {
    expect(last(["what did Blinken add?"]).answer.answered).toBe(false);
  });
});

describe("two glue words before a question", () => {
  it("are dropped together", () => {
    expect(last(["alright fine, who did putin call?"]).answer.entry?.id).toBe("putin-erdogan-call");
  });
});
