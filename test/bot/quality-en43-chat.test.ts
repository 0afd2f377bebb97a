// quality-en43's English single questions through bot.handleUpdate: a slip in a plain English word, a wrong party
// at the other end of the call (No, with the call the article reports), a long story closed by its real question,
// a summary asked by an unusual noun; an off-topic question with a slip is still refused. Questions written here.
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality-en43's English single questions in the chat", () => {
  it("answers whom Putin blames though 'blame' is misspelled as it sounds", async () => {
    expect(await replyTo("who does putin blaim for the violence")).toMatch(/United States/);
  });

  it("answers an off-topic question with a slip in a plain word as it answers it spelled right: no answer", async () => {
    const slipped = await replyTo("how do i conect my tablet to a printer");
    expect(slipped).toBe(await replyTo("how do i connect my tablet to a printer"));
    expect(slipped).toMatch(/doesn't cover|Did you mean/);
  });

  it("answers No to another head of state as Putin's phone partner, naming Erdogan", async () => {
    const text = await replyTo("Was the politician Putin phoned the president of Argentina?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Erdogan/);
  });

  it("answers the closing question of a long story: who was on the call and what Putin wanted", async () => {
    const text = await replyTo(
      "A neighbour mentioned this story to me in the lift this morning and I only caught something about Turkey and a phone call before the doors closed. Whom did Putin speak to and what did he urge?",
    );
    expect(text).toMatch(/Erdogan/);
    expect(text).toMatch(/ceasefire/);
  });

  it("gives the summary for an executive digest of the piece", async () => {
    expect(await replyTo("an executive digest of this article, please")).toMatch(/Putin/);
  });
});
