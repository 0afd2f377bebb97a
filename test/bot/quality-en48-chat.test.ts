// quality-en48's single questions through bot.handleUpdate: a person said to run another country (No, with the
// role the article gives), compromise rejected by the US (not "No."), what the White House said (the article reports
// no US response), a long story closed by "who was it and what did he say?" answered whole (Peskov, not two
// halves), and a non-member of "that Quartet thing" (No, with the members).
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality-en48's single questions in the chat", () => {
  it("says No to a person said to run another country", async () => {
    const text = await replyTo("Erdogan rules Syria, doesn't he?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Turkish leader/);
  });
  it("does not deny that the US turned down compromises", async () => {
    const text = await replyTo("Did Washington turn down any compromise?");
    expect(text).not.toMatch(/^No\b/m);
    expect(text).toMatch(/compromises/);
  });
  it("says the article reports no White House response", async () => {
    expect(await replyTo("Has the White House commented on it?")).toMatch(/doesn.t report any US response/);
  });
  it("answers a story closed by 'who was it' as one question", async () => {
    const text = await replyTo(
      "A colleague told me over lunch that someone at the Kremlin said Russia wants to play a constructive role. Neither of us could remember his name and it bugs me. Who was it and what did he say?",
    );
    expect(text).toMatch(/Peskov/);
    expect(text).not.toMatch(/doesn.t cover/);
  });
  it("answers a non-member of 'that Quartet thing' with the members", async () => {
    const text = await replyTo("Is Australia in that Quartet group?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/European Union/);
  });
});
