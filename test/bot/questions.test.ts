import { describe, expect, it } from "vitest";
import { ASK } from "../helpers/fake-engine.js";
import { buttonsOf, createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { EN } from "../helpers/texts.js";

describe("a question in a private chat", () => {
  it("gets the answer card: question in bold, answer, quote in a blockquote with its attribution", async () => {
    const t = createTestBot();
    await t.send(ASK.answered);
    const reply = t.api.lastReply();
    expect(reply.payload.parse_mode).toBe("HTML");
    expect(reply.payload.text).toBe(
      [
        "<b>Did Putin call for a ceasefire?</b>\nYes: an immediate ceasefire &amp; a return to talks.",
        "<blockquote>Russian President Vladimir Putin called for an immediate ceasefire &amp; a return to talks.</blockquote>\n" +
          "— <b>Vladimir Putin</b>, Russian President · as reported · paragraph 1",
      ].join("\n\n"),
    );
    expect(buttonsOf(reply)).toEqual([
      { text: "📄 Show in article", data: "v1:src:ceasefire-call:0" },
      { text: "What does Putin say about <US> policy?", data: "v1:a:us-policy" },
      { text: "What role does Russia want?", data: "v1:a:russia-role" },
    ]);
    expect(reply.payload.link_preview_options).toEqual({ is_disabled: true });
    expectValidOutput(t.api);
  });

  it("escapes < > & and quotes in the question, answer and quote", async () => {
    const t = createTestBot();
    await t.send(ASK.escaped);
    const html = t.api.lastReply().payload.text as string;
    expect(html).toContain("<b>What does Putin say about &lt;US&gt; policy?</b>");
    expect(html).toContain("He said US policy &lt;in the region&gt; had &quot;failed&quot;.");
    expectValidOutput(t.api);
  });

  it("attributes the article's own words to the article, and offers a button per paragraph", async () => {
    const t = createTestBot();
    await t.send(ASK.twoParagraphs);
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toContain("— Dmitry Peskov, Kremlin spokesman · as reported · paragraph 2");
    expect(visibleText(reply)).toContain("— the article · paragraph 3");
    expect(buttonsOf(reply).slice(0, 2)).toEqual([
      { text: "📄 In article (¶2)", data: "v1:src:russia-role:0" },
      { text: "📄 In article (¶3)", data: "v1:src:russia-role:1" },
    ]);
  });

  it("shows the paragraph with the quoted span in bold when 'Show in article' is pressed", async () => {
    const t = createTestBot();
    await t.send(ASK.escaped);
    await t.press("v1:src:us-policy:0");
    const reply = t.api.lastReply();
    expect(reply.method).toBe("sendMessage");
    expect(reply.payload.text).toBe(
      "<b>From the article, paragraph 2 of 3</b>\n" +
        "<b>He said US policy &lt;in the region&gt; had &quot;failed&quot;.</b> Kremlin spokesman Dmitry Peskov said Moscow wants a constructive role.\n\n" +
        "Quoted for: What does Putin say about &lt;US&gt; policy?",
    );
    expect(buttonsOf(reply)).toEqual([{ text: "↩ Back to the answer", data: "v1:a:us-policy" }]);
    expectValidOutput(t.api);
  });

  it("sends a related question's answer card when its button is pressed", async () => {
    const t = createTestBot();
    await t.send(ASK.answered);
    await t.press("v1:a:russia-role");
    expect(visibleText(t.api.lastReply())).toMatch(/^What role does Russia want\?\nA constructive one/);
    expectValidOutput(t.api);
  });
});

describe("when the engine is not sure, or cannot answer", () => {
  it("asks 'Did you mean…?' with the candidates as buttons", async () => {
    const t = createTestBot();
    await t.send(ASK.ambiguous);
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toMatch(/^Did you mean…\?/);
    expect(buttonsOf(reply).map((b) => b.data)).toEqual(["v1:a:ceasefire-call", "v1:a:russia-role"]);
    expectValidOutput(t.api);
  });

  it("refuses an off-topic question kindly, says what it covers (once), and suggests questions", async () => {
    const t = createTestBot();
    await t.send(ASK.offTopic);
    const reply = t.api.lastReply();
    const text = visibleText(reply);
    expect(text).toContain("The article doesn't cover that.");
    expect(text.split(t.kb.summaries.oneLine)).toHaveLength(2);
    expect(buttonsOf(reply).map((b) => b.data)).toEqual([
      "v1:a:ceasefire-call",
      "v1:a:us-policy",
      "v1:a:russia-role",
      "v1:sum:new",
      "v1:q:all",
    ]);
    expectValidOutput(t.api);
  });

  it("says the article doesn't say, and shows what it does say", async () => {
    const t = createTestBot();
    await t.send(ASK.notInArticle);
    const reply = t.api.lastReply();
    const text = visibleText(reply);
    expect(text).toMatch(/^How many people have died\?\nThe article doesn’t say\. No figures are given\./);
    expect(text).toContain("What it does say:");
    expect(reply.payload.text).toContain(
      "<blockquote>Russian President Vladimir Putin called for an immediate ceasefire</blockquote>",
    );
    expectValidOutput(t.api);
  });

  it("renders an engine 'summary' reply as the summary card and 'who said what' as the roster", async () => {
    const t = createTestBot();
    await t.send(ASK.summary);
    expect(buttonsOf(t.api.lastReply()).map((b) => b.data)).toEqual([
      "v1:sz:line",
      "v1:sz:short",
      "v1:sz:bullets",
      "v1:sz:full",
    ]);
    await t.send(ASK.whoSaidWhat);
    expect(visibleText(t.api.lastReply())).toMatch(/^Who said what/);
    await t.send(ASK.putinQuotes);
    expect(visibleText(t.api.lastReply())).toMatch(/^What Vladimir Putin said/);
    expectValidOutput(t.api);
  });
});

describe("buttons that are stale, foreign or tampered with", () => {
  for (const data of [
    "v0:a:ceasefire-call",
    "v1:a:no-such-entry",
    "v1:src:ceasefire-call:7",
    "v1:src:no-such-entry:0",
    "v1:sum:huge",
    "v1:a:Bad_Id",
    "menu:start",
    "",
  ]) {
    it(`answer "${data}" with "this button has expired" and nothing else`, async () => {
      const t = createTestBot();
      await t.press(data);
      expect(t.api.calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
      expect(t.api.calls[0]!.payload.text).toBe(EN("button-expired"));
    });
  }
});

describe("messages that are not questions", () => {
  it("non-text messages in a private chat get a hint to send text", async () => {
    const t = createTestBot();
    await t.send("", undefined, { text: undefined, sticker: { file_id: "x" } } as never);
    expect(visibleText(t.api.lastReply())).toBe(EN("text-only"));
  });
});
