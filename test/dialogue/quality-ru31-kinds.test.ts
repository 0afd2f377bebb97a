// The dialogue kinds quality-ru31 fixed, in words of our own: a judgement of a party the engine could not place
// ("москва права?") gets the article's silence, not "which question?"; "а X тоже против Y?" after a card is a
// clause of its own (stance-of-other.ts reads it: doesn't say), not a topic swapped into the last question.
import { describe, expect, it } from "vitest";
import { isRussianClause } from "../../src/dialogue/clause-switch.js";
import { answerOf, playChat } from "../helpers/dialogue.js";

const replyTo = (messages: string[]) => answerOf(playChat(messages, { lang: "ru" }).at(-1)!.replies[0]!);

describe("a judgement the engine could not place (judgement-asked.ts)", () => {
  it("is the article's silence", () => {
    for (const chat of [["москва права?"], ["рф права или нет?"]]) {
      const reply = replyTo(chat);
      expect(reply.verdict).toBe("not-said");
      expect(reply.answer.answer).toMatch(/не сказано/);
      expect(reply.answer.answer).not.toMatch(/Не уверен/);
    }
  });

  it("after a card keeps the card under its 'doesn't say'", () => {
    const reply = replyTo(["кого винит путин?", "кремль прав?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.answer.answered).toBe(true);
    // The engine cannot place "москва права?": the card before it is shown again (dialogue.ts).
    const again = replyTo(["позиция россии по палестинскому государству?", "москва права?"]);
    expect(again.verdict).toBe("not-said");
    expect(again.answer.entry?.id).toBe("palestinian-state");
  });

  it("leaves rights (a noun) to the engine", () => {
    expect(replyTo(["у палестинцев есть права?"]).answer.answer).not.toMatch(/никого не оценивает/);
  });
});

describe("'а X тоже против Y?' after a card (clause-switch.ts)", () => {
  it("is a clause of its own, answered 'doesn't say'", () => {
    expect(isRussianClause("мид тоже против вашингтона")).toBe(true);
    const reply = replyTo(["что говорит мид россии?", "а мид тоже против вашингтона?"]);
    expect(reply.verdict).toBe("not-said");
    expect(reply.followUp).not.toBe("topic-switch");
  });

  it("keeps a short switch a switch", () => {
    expect(isRussianClause("против чего")).toBe(false);
  });
});

describe("what Russia offers against the spread, asked after the fear (two-questions.ts, turn-reading.ts)", () => {
  it("answers the fear, then the Foreign Ministry's position", () => {
    const message =
      "война может перекинуться на соседние страны? и что москва предлагает, чтобы этого не было";
    const turn = playChat([message], { lang: "ru" }).at(-1)!;
    const ids = turn.replies.map((r) => answerOf(r).answer.entry?.id);
    expect(ids).toEqual(["crisis-spread-fears", "foreign-ministry-position"]);
  });
});
