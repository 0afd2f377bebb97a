// quality-en46's single questions through bot.handleUpdate: a cleft naming the right and the wrong voice for the
// ceasefire call (Yes / No, with Putin's words), a compromise refused asked as such (not "No."), one more talk with
// another country's leader ("doesn't say", with the reported call), a meeting in person with its purpose (No, the
// call), and the story in brief in an idiom; another party's spokesperson gets no Peskov words.
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality-en46's single questions in the chat", () => {
  it("answers a cleft on the ceasefire call by who made it", async () => {
    expect(await replyTo("Is it Putin who called for an immediate truce?")).toMatch(/^Yes\b/m);
    const wrong = await replyTo("Was it the Russian Foreign Ministry that called for a ceasefire?");
    expect(wrong).toMatch(/^No\b/m);
    expect(wrong).toMatch(/Putin/);
  });
  it("does not deny that Washington refused compromises", async () => {
    const text = await replyTo("Was Washington unwilling to compromise?");
    expect(text).not.toMatch(/^No\b/m);
    expect(text).toMatch(/compromises/);
  });
  it("says the article is silent on one more talk with another leader", async () => {
    const text = await replyTo("Did Putin also talk to the Jordanian king?");
    expect(text).toMatch(/doesn.t say/);
    expect(text).toMatch(/Erdogan/);
  });
  it("answers a meeting in person with its purpose by the phone call", async () => {
    const text = await replyTo("Did Erdogan and Putin meet in person to discuss the fighting?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/phone call/);
  });
  it("gives the story in brief for an idiom", async () => {
    expect(await replyTo("Pare the story down to its nuts and bolts.")).toMatch(/ceasefire/);
  });
  it("gives no Peskov words as another party's spokesman's", async () => {
    expect(await replyTo("What did the Israeli spokesman promise?")).not.toMatch(/Peskov/);
  });
});
