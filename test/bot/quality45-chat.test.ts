// quality45's single questions through bot.handleUpdate: another country's leader by office as Putin's talk partner
// (No, naming Erdogan), an off-story speaker with a first name (No, with Peskov), a tie asked with another reason (the
// article's reason), how Moscow wants to look in misspelt Russian (the impartial mediator); an off-story topic refused.
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality45's single questions in the chat", () => {
  // The call convention (docs/conversation.md, dialog52): a bare talk with a party the article never names is not
  // denied by it — "doesn't say", with the one call it reports.
  it("answers doesn't say to a talk with another country's leader, naming Erdogan", async () => {
    const text = await replyTo("Did Putin talk to the prime minister of India?");
    expect(text).toMatch(/^The article doesn.t say\b/m);
    expect(text).toMatch(/Erdogan/);
  });
  it("answers No to an off-story speaker named in full, with Peskov", async () => {
    const text = await replyTo("Was it Antony Blinken who said the Kremlin seeks to help find a settlement?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Peskov/);
  });
  it("gives the article's reason for the tie with Israel", async () => {
    expect(await replyTo("Are Moscow's ties with Israel driven by trade?")).toMatch(
      /former Russian citizens/,
    );
  });
  it("answers how Moscow wants to look, typed loosely in Russian", async () => {
    expect(await replyTo("как масква хочит выглядить в конфлекте")).toMatch(/посредник/);
  });
  it("still refuses an off-story topic in the same shape", async () => {
    expect(await replyTo("what's the skinny on Putin's diet?")).toMatch(/doesn't cover/);
  });
});
