// dialog37: Russian follow-ups and verdicts beyond the article — praise asked "for anything" (doesn't say, as
// dialogues-own21 labels it; plain praise stays No), a wish asked with a moment the article never gives ("прямо
// сейчас", "сегодня"), another voice's stance ("эрдоган тоже против сша?"), "слышь" before a question, the slang
// "why?" ("с чего бы это?", "с какой стати?"), and "кто по его мнению этому мешал" after an answer.
// Our own phrasings (not the probe set's).
import { describe, expect, it } from "vitest";
import { unbackedMoment } from "../../src/dialogue/asked-moment.js";
import { hinderedByOf } from "../../src/dialogue/hindered-by.js";
import { hisViewDroppedOf } from "../../src/dialogue/his-view.js";
import { lastAnswer, lastVerdict } from "../helpers/dialogue.js";

describe("praise asked of what the speaker criticizes", () => {
  it("is doesn't say for praise of anything at all", () => {
    expect(lastVerdict(["путин хоть что-то хвалит у американцев?"], "ru")).toBe("not-said");
    expect(lastVerdict(["путин похвалил вашингтон хоть за что-то?"], "ru")).toBe("not-said");
  });
  it("stays No for plain praise", () => {
    expect(lastVerdict(["путин хвалит американскую политику?"], "ru")).toBe("no");
  });
});

describe("a wish asked with a moment", () => {
  it("is doesn't say where the evidence gives no moment for that thing", () => {
    expect(
      lastVerdict(["путин поддерживает палестинское государство?", "он хочет создать его сегодня же?"], "ru"),
    ).toBe("not-said");
    expect(lastVerdict(["что путин хочет", "он требует признать палестину немедленно?"], "ru")).toBe(
      "not-said",
    );
  });
  it("is left to the other readers where the article says 'immediate' of it", () => {
    expect(lastVerdict(["путин хочет прекращения огня прямо сейчас?"], "ru")).toBe("yes");
    const answer = {
      answered: true,
      answer: "Putin emphasized the urgent need for an immediate ceasefire.",
      quotes: [],
    } as unknown as Parameters<typeof unbackedMoment>[1];
    expect(unbackedMoment("does he want a ceasefire right now?", answer, "en")).toBe(false);
    expect(unbackedMoment("does he want a palestinian state right now?", answer, "en")).toBe(true);
    expect(unbackedMoment("is the kremlin talking to both sides right now?", answer, "en")).toBe(false);
  });
});

describe("another voice's stance", () => {
  it("is doesn't say when the evidence quotes someone else", () => {
    expect(lastVerdict(["что путин обсуждал с эрдоганом", "эрдоган тоже против вашингтона?"], "ru")).toBe(
      "not-said",
    );
  });
});

describe("chat words and slang follow-ups", () => {
  it("reads a yes/no after 'слышь'", () => {
    expect(lastVerdict(["слышь, у кремля с хамасом есть контакты?"], "ru")).toBe("yes");
  });
  it("reads 'с чего бы это?' as why", () => {
    const reply = lastAnswer(["россия как-то связана с израилем?", "с какой стати?"], "ru");
    expect(reply.answer.answered).toBe(true);
    expect(reply.answer.answer).toMatch(/граждан|выходц/u);
  });
  it("drops 'по его мнению' from a wh-follow-up and reads who hindered as who is to blame", () => {
    expect(hisViewDroppedOf("а кто, по его мнению, этому мешал?")).toBe("а кто этому мешал?");
    expect(hisViewDroppedOf("он прав, по его мнению?")).toBeNull();
    expect(hinderedByOf("а кто этому препятствовал?")).toBe("кто в этом виноват?");
    expect(hinderedByOf("кто мешает переговорам?")).toBeNull();
    const reply = lastAnswer(
      ["как путин относится к палестинскому государству", "кто по его словам мешал?"],
      "ru",
    );
    expect(reply.answer.answered).toBe(true);
    expect(reply.answer.answer).toMatch(/США/u);
  });
});
