// quality49's single questions through bot.handleUpdate: a party the article never says refused compromise (not a
// Yes), the US said to have failed the Palestinians (not a No), a phone talk with another country's president
// (No, with the Turkish leader), what Peskov said asked as a stance the article does not give (his own words shown),
// and a Russian question on the call closed by "недавно" (the call, not the dates). Questions written for this test.
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality49's single questions in the chat", () => {
  it("does not confirm that a party not named as refusing refused compromise", async () => {
    for (const q of ["Has Putin refused any compromise?", "did moscow refuse compromises?"]) {
      const text = await replyTo(q);
      expect(text, q).not.toMatch(/^Yes\b/m);
      expect(text, q).toMatch(/compromises/);
    }
    expect(await replyTo("Did the Americans reject compromises?")).toMatch(/^Yes\b/m);
  });
  it("does not deny that Putin says the US failed the Palestinians", async () => {
    const text = await replyTo("Does Putin say Washington failed the Palestinians?");
    expect(text).not.toMatch(/^No\b/m);
    expect(text).toMatch(/Palestinian/);
  });
  it("says No to a phone talk with another country's president, with the reported call", async () => {
    const text = await replyTo("Did Putin speak on the phone with the Syrian president?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Erdogan/);
  });
  it("shows what Peskov said when a stance he never took is asked", async () => {
    const text = await replyTo("did peskov say moscow would rather stay out of this?");
    expect(text).not.toMatch(/^Yes\b/m);
    expect(text).toMatch(/constructive role/);
  });
  it("answers a Russian question on the call closed by 'недавно'", async () => {
    const text = await replyTo("С кем недавно созванивался Путин?");
    expect(text).toMatch(/Эрдоган/);
  });
});
