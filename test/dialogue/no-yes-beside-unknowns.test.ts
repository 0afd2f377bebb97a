// dialog9's false yeses: a true topic beside a detail the article never gives (what a call was also about, who
// met whom where) must not be confirmed. Our own phrasings, from the article; each with the case that stays Yes.
import { describe, expect, it } from "vitest";
import { lastVerdict } from "../helpers/dialogue.js";

describe("how the call happened is read only when nothing else is asked", () => {
  it("what else the call was about is not the way it happened", () => {
    expect(lastVerdict(["did putin and erdogan discuss syria on the phone as well?"])).not.toBe("yes");
    expect(lastVerdict(["who did putin phone?", "was that call about syria as well?"])).not.toBe("yes");
    expect(lastVerdict(["Путин обсуждал с Эрдоганом по телефону ещё и Сирию?"], "ru")).not.toBe("yes");
  });

  it("the way itself is still Yes or No from the article", () => {
    expect(lastVerdict(["who did putin phone?", "did they talk on the phone?"])).toBe("yes");
    expect(lastVerdict(["кому звонил путин?", "это была личная встреча?"], "ru")).toBe("no");
    expect(lastVerdict(["кому звонил путин?", "они созвонились?"], "ru")).toBe("yes");
  });

  it("what the call was about, where the article says it, stays Yes", () => {
    expect(lastVerdict(["was the call with erdogan about a ceasefire?"])).toBe("yes");
  });
});

describe("an entry the engine was unsure of lends no curated Yes", () => {
  it("a meeting, a visit or an invitation the article never mentions, beside true ties", () => {
    expect(lastVerdict(["песков встречался с хамасом в кремле?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["россия принимала делегацию хамаса в москве?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["кремль приглашал лидеров хамаса в москву?"], "ru")).not.toBe("yes");
    expect(lastVerdict(["Did Lavrov host Palestinian envoys in Moscow?"])).not.toBe("yes");
  });

  it("the ties themselves are still confirmed", () => {
    expect(lastVerdict(["у россии давние связи с хамасом?"], "ru")).toBe("yes");
    expect(lastVerdict(["кремль общается с хамасом?"], "ru")).toBe("yes");
  });
});
