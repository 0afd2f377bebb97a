// quality49's single questions through bot.handleUpdate: a party the article never says refused compromise (not a
// Yes), the US said to have failed the Palestinians (not a No), a phone talk with another country's president
// (No, with the Turkish leader), what Peskov said asked as a stance the article does not give (his own words shown),
// and a Russian question on the call closed by "недавно" (the call, not the dates). Questions written for this test. Rows of (question →
// what the reply shows / must not show).
import { describe, it } from "vitest";
import { expectReplies } from "../helpers/real-chat.js";

describe("quality49's single questions in the chat", () => {
  it("does not confirm that a party not named as refusing refused compromise", async () => {
    await expectReplies([
      ["Has Putin refused any compromise?", [/compromises/], [/^Yes\b/m]],
      ["did moscow refuse compromises?", [/compromises/], [/^Yes\b/m]],
      ["Did the Americans reject compromises?", [/^Yes\b/m]],
    ]);
  });
  it("does not deny that Putin says the US failed the Palestinians", async () => {
    await expectReplies([
      ["Does Putin say Washington failed the Palestinians?", [/Palestinian/], [/^No\b/m]],
    ]);
  });
  // The call convention (docs/conversation.md, dialog52): a bare call with a party the article never names is
  // "doesn't say", with the reported call; the reported call asked with a wrong party stays No.
  it("says doesn't say to a phone talk with another country's president, with the reported call", async () => {
    await expectReplies([
      ["Did Putin speak on the phone with the Syrian president?", [/^The article doesn.t say\b/m, /Erdogan/]],
      ["Was Putin's call with the Syrian president?", [/^No\b/m, /Erdogan/]],
    ]);
  });
  it("shows what Peskov said when a stance he never took is asked", async () => {
    await expectReplies([
      ["did peskov say moscow would rather stay out of this?", [/constructive role/], [/^Yes\b/m]],
    ]);
  });
  it("answers a Russian question on the call closed by 'недавно'", async () => {
    await expectReplies([["С кем недавно созванивался Путин?", [/Эрдоган/]]]);
  });
});
