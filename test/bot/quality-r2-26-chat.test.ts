// quality-r2-26's single questions through bot.handleUpdate: a group on a topic the article never names is not
// answered with the Quartet's members; a call of a person the article never names ("trump", a common word too) is
// not answered with the story's call; which state should come into being is the Palestinian state.
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality-r2-26's single questions in the chat", () => {
  it("does not list the Quartet's members for a group on another topic", async () => {
    for (const q of [
      "is russia in a group dealing with space flight?",
      "россия состоит в группе по климату?",
    ]) {
      const text = await replyTo(q);
      expect(text, q).not.toMatch(/European Union and Russia|Европейский союз и Россия/);
    }
  }, 60_000);
  it("does not give the story's call for a person the article never names", async () => {
    const text = await replyTo("is trump going to ring erdogan?");
    expect(text).not.toMatch(/phone call with Turkish leader/);
  });
  it("names the Palestinian state as the one to come into being", async () => {
    expect(await replyTo("which country must be created, according to putin?")).toMatch(/Palestinian state/);
    expect(await replyTo("какое государство должно возникнуть по мнению путина?")).toMatch(/палестинск/);
  });
});
