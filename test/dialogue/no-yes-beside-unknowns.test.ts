// dialog9's false yeses: a true topic beside a detail the article never gives (what a call was also about, who
// met whom where) must not be confirmed. Our own phrasings, from the article; each with the case that stays Yes.
import { describe, expect, it } from "vitest";
import { answerOf, playChat } from "../helpers/dialogue.js";

const last = (messages: string[], lang: "en" | "ru" = "en") =>
  answerOf(playChat(messages, { lang }).at(-1)!.replies[0]!);

describe("how the call happened is read only when nothing else is asked", () => {
  it("what else the call was about is not the way it happened", () => {
    expect(last(["did putin and erdogan discuss syria on the phone as well?"]).verdict).not.toBe("yes");
    expect(last(["who did putin phone?", "was that call about syria as well?"]).verdict).not.toBe("yes");
    expect(last(["Путин обсуждал с Эрдоганом по телефону ещё и Сирию?"], "ru").verdict).not.toBe("yes");
  });

  it("the way itself is still Yes or No from the article", () => {
    expect(last(["who did putin phone?", "did they talk on the phone?"]).verdict).toBe("yes");
    expect(last(["кому звонил путин?", "это была личная встреча?"], "ru").verdict).toBe("no");
    expect(last(["кому звонил путин?", "они созвонились?"], "ru").verdict).toBe("yes");
  });

  it("what the call was about, where the article says it, stays Yes", () => {
    expect(last(["was the call with erdogan about a ceasefire?"]).verdict).toBe("yes");
  });
});

describe("an entry the engine was unsure of lends no curated Yes", () => {
  it("a meeting, a visit or an invitation the article never mentions, beside true ties", () => {
    expect(last(["песков встречался с хамасом в кремле?"], "ru").verdict).not.toBe("yes");
    expect(last(["россия принимала делегацию хамаса в москве?"], "ru").verdict).not.toBe("yes");
    expect(last(["кремль приглашал лидеров хамаса в москву?"], "ru").verdict).not.toBe("yes");
    expect(last(["Did Lavrov host Palestinian envoys in Moscow?"]).verdict).not.toBe("yes");
  });

  it("the ties themselves are still confirmed", () => {
    expect(last(["у россии давние связи с хамасом?"], "ru").verdict).toBe("yes");
    expect(last(["кремль общается с хамасом?"], "ru").verdict).toBe("yes");
  });
});
