// quality-en50's single questions through bot.handleUpdate: the article asked whether it is about another topic
// (No, with what it is about; English and Russian), a check of which war it covers with a guess after it (one
// question, not two), a praise of the US put in Putin's voice (No), a long message asking what he said "and to
// whom" behind a plea to clear it up (the call, no yes/no line), and an unquoted party's agreement with a person
// (doesn't say, with that party's unreported reaction, not who the person is).
import { describe, expect, it } from "vitest";
import { firstReplyTo as replyTo } from "../helpers/real-chat.js";

describe("quality-en50's single questions in the chat", () => {
  it("says No to the article being about another topic", async () => {
    const text = await replyTo("wait, is this the piece about the floods in pakistan?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/Gaza/);
  });
  it("says Нет to «это текст про …» of another topic", async () => {
    const text = await replyTo("это текст про выборы в сша?");
    expect(text).toMatch(/^Нет\./m);
    expect(text).toMatch(/Газ/);
  });
  it("answers which war with a wrong guess as one question", async () => {
    const text = await replyTo("which conflict is this article about? venezuela?");
    expect(text).toMatch(/^No\b/m);
    expect(text).not.toMatch(/doesn.t cover/);
  });
  it("says No to Putin praising the US", async () => {
    const text = await replyTo("so putin reckons the americans did a top job in the region?");
    expect(text).toMatch(/^No\b/m);
    expect(text).toMatch(/fail/);
  });
  it("answers what he said and to whom after a story", async () => {
    const text = await replyTo(
      "my coworker keeps insisting putin only went after hamas and said nothing else, but i remember there was a phone call with some leader and something about a truce. could you sort it out, what did he really say and to whom?",
    );
    expect(text).toMatch(/Erdogan/);
    expect(text).toMatch(/ceasefire/);
    expect(text).not.toMatch(/^(?:No|Yes|The article doesn.t say)\b/m);
  });
  it("does not answer who Putin is when asked whether Erdogan agreed with him", async () => {
    const text = await replyTo("did erdogan agree with putin?");
    expect(text).toMatch(/doesn.t report anything Erdogan said/);
    expect(text).not.toMatch(/identifies Vladimir Putin/);
  });
});
