// quality-en48's single questions through bot.handleUpdate: a person said to run another country (No, with the
// role the article gives), compromise rejected by the US (not "No."), what the White House said (the article reports
// no US response), a long story closed by "who was it and what did he say?" answered whole (Peskov, not two
// halves), and a non-member of "that Quartet thing" (No, with the members). Rows of (question → what the reply shows / must not show).
import { describe, it } from "vitest";
import { expectReplies } from "../helpers/real-chat.js";

describe("quality-en48's single questions in the chat", () => {
  it("says No to a person said to run another country", async () => {
    await expectReplies([["Erdogan rules Syria, doesn't he?", [/^No\b/m, /Turkish leader/]]]);
  });
  it("does not deny that the US turned down compromises", async () => {
    await expectReplies([["Did Washington turn down any compromise?", [/compromises/], [/^No\b/m]]]);
  });
  it("says the article reports no White House response", async () => {
    await expectReplies([["Has the White House commented on it?", [/doesn.t report any US response/]]]);
  });
  it("answers a story closed by 'who was it' as one question", async () => {
    await expectReplies([
      [
        "A colleague told me over lunch that someone at the Kremlin said Russia wants to play a constructive role. Neither of us could remember his name and it bugs me. Who was it and what did he say?",
        [/Peskov/],
        [/doesn.t cover/],
      ],
    ]);
  });
  it("answers a non-member of 'that Quartet thing' with the members", async () => {
    await expectReplies([["Is Australia in that Quartet group?", [/^No\b/m, /European Union/]]]);
  });
});
