// quality53's single questions through bot.handleUpdate: a membership of a body the Quartet's list names ("is russia
// a member of the un?") is not a Yes (the list says nothing of it); the talks said to be paused in the call are No;
// a wrong country's office is No with the real one; Russia's only ties with one side are No with both.
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality53's single questions in the chat", () => {
  it("never says Yes to membership of a body on the Quartet's list", async () => {
    for (const q of [
      "is russia a member of the un?",
      "is russia part of the european union?",
      "Россия член ООН?",
    ]) {
      const text = await replyTo(q);
      expect(text, q).not.toMatch(/^(?:Yes|Да)(?!\p{L})/mu);
      expect(text, q).toMatch(/doesn.t say|не сказано/);
    }
    expect(await replyTo("is russia part of the quartet?")).toMatch(/^Yes\b/m);
  }, 60_000);
  it("says Нет to the talks paused, with the resumption", async () => {
    const text = await replyTo("Путн сказал Эрдогану поставить переговоры на паузу?");
    expect(text).toMatch(/^Нет(?!\p{L})/mu);
    expect(text).toMatch(/возобновлени/);
  });
  it("says No to a wrong office and to one side's ties only", async () => {
    const office = await replyTo("is erdogan the president of egypt here?");
    expect(office).toMatch(/^No\b/m);
    expect(office).toMatch(/Turkish/);
    const ties = await replyTo("does moscow only have ties with israel?");
    expect(ties).toMatch(/^No\b/m);
    expect(ties).toMatch(/Palestinians/);
  });
});
