import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { decodeButton } from "../../src/bot/keyboards/callback-data.js";
import { realEngine, realKb } from "../helpers/engine.js";
import { buttonsOf, createTestBot, expectValidOutput, GROUP, visibleText } from "../helpers/harness.js";
import { EN } from "../helpers/texts.js";

const realBot = () => createTestBot({ kb: realKb, engine: realEngine });

/** What Telegram adds to a forwarded message. */
const FORWARDED: Partial<Message> = {
  forward_origin: { type: "hidden_user", date: 1_700_000_000, sender_user_name: "Somebody" },
};

const CLAIMS = {
  exact:
    "Putin criticizes Washington for monopolizing peace efforts without considering compromises acceptable to both sides.",
  paraphrased: "Putin said the US monopolized peace efforts",
  altered: "Putin praised Washington for monopolizing peace efforts",
  misattributed: "Peskov criticizes Washington for monopolizing peace efforts",
  foreign: "Biden announced new sanctions against Iran",
};
const REAL_WORDING = "Putin criticizes Washington for monopolizing peace efforts";
const PUTIN_AS_REPORTED = "— Vladimir Putin, Russian President · as reported · paragraph 2";

async function checked(text: string, how: "command" | "forward" | "paste") {
  const t = realBot();
  if (how === "command") await t.send(`/check ${text}`);
  else await t.send(text, undefined, how === "forward" ? FORWARDED : {});
  expectValidOutput(t.api);
  const reply = t.api.lastReply();
  return { t, reply, text: visibleText(reply), html: String(reply.payload.text) };
}

describe.each(["command", "forward"] as const)("checking a sentence (%s)", (how) => {
  it("says an exact sentence is word for word, bolds it in the blockquote, and that it is reported, not quoted", async () => {
    const { text, html, reply } = await checked(CLAIMS.exact, how);
    expect(text).toMatch(/^✅ Word for word in the article/);
    expect(html).toContain(`<blockquote><b>${CLAIMS.exact.replace(/\.$/, "")}</b>.</blockquote>`);
    expect(text).toContain(PUTIN_AS_REPORTED);
    expect(text).toContain(
      "The article reports this as Vladimir Putin’s position; it is not a direct quote.",
    );
    const show = buttonsOf(reply).find((b) => b.text === "📄 Show in article");
    expect(decodeButton(show?.data)).toMatchObject({ kind: "source" });
  });

  it("calls a paraphrase a paraphrase and shows the real wording", async () => {
    const { text } = await checked(CLAIMS.paraphrased, how);
    expect(text).toMatch(/^🟡 In the article, in other words/);
    expect(text).toContain("The article’s wording:");
    expect(text).toContain(REAL_WORDING);
    expect(text).toContain(PUTIN_AS_REPORTED);
  });

  it("calls an altered sentence altered and says what changed", async () => {
    const { text } = await checked(CLAIMS.altered, how);
    expect(text).toMatch(/^❌ Altered: the article says something different/);
    expect(text).toContain("What changed: “praised”, where the article has “criticizes”.");
    expect(text).toContain(REAL_WORDING);
  });

  it("calls a sentence put in Peskov's mouth misattributed", async () => {
    const { text } = await checked(CLAIMS.misattributed, how);
    expect(text).toMatch(/^⚠️ Misattributed/);
    expect(text).toContain("The article reports it of Vladimir Putin, not Dmitry Peskov.");
  });

  it("says a foreign sentence is not in the article", async () => {
    const { text, reply } = await checked(CLAIMS.foreign, how);
    expect(text).toMatch(/^🚫 Not in the article/);
    expect(text.split("\n")[1]).toBe(`“${CLAIMS.foreign}”`);
    expect(text).toContain("Nothing in it says that, or anything close.");
    expect(buttonsOf(reply).map((b) => b.text)).toEqual(["📰 Summary"]);
  });
});

describe("which messages are checked", () => {
  it("checks a pasted claim ('X said …') but still answers a question", async () => {
    const t = realBot();
    await t.send(CLAIMS.paraphrased);
    expect(visibleText(t.api.lastReply())).toMatch(/^🟡/);
    await t.send("Who did Putin call?");
    expect(visibleText(t.api.lastReply())).toContain("Erdogan");
    await t.send("putin civilian casualties");
    expect(visibleText(t.api.lastReply())).not.toMatch(/^(✅|🟡|❌|⚠️|🚫)/u);
  });

  it("answers a forwarded question as a question", async () => {
    const t = realBot();
    await t.send("Who did Putin call?", undefined, FORWARDED);
    expect(visibleText(t.api.lastReply())).toContain("Erdogan");
  });

  it("explains /check with nothing after it, and checks the message a bare /check replies to", async () => {
    const t = realBot();
    await t.send("/check");
    expect(visibleText(t.api.lastReply())).toBe(EN("check-usage"));
    const original = { message_id: 1, date: 0, chat: GROUP.chat, text: CLAIMS.altered } as Message;
    await t.send("/check", GROUP, { reply_to_message: original as Message.TextMessage["reply_to_message"] });
    expect(visibleText(t.api.lastReply())).toMatch(/^❌ Altered/);
    expectValidOutput(t.api);
  });

  it("says the article never quotes anyone directly when the sentence is given as a quote", async () => {
    const { text } = await checked("Putin: “the US monopolized peace efforts”", "command");
    expect(text).toContain("The article never quotes Vladimir Putin directly");
  });

  it("says whose position an unattributed claim is: the article does not state it as fact", async () => {
    const { text } = await checked("The US monopolized peace efforts", "command");
    expect(text).toContain(
      "The article does not state this as fact: it reports what Vladimir Putin said or holds.",
    );
  });

  it("escapes the user's text: tags and ampersands show as typed", async () => {
    const { text } = await checked("Putin said <b>the US</b> & co monopolized peace efforts", "command");
    expect(text).toContain("“Putin said <b>the US</b> & co monopolized peace efforts”");
  });

  it("in a group, checks /check@bot but ignores a claim not addressed to it", async () => {
    const t = realBot();
    await t.send(CLAIMS.paraphrased, GROUP);
    expect(t.api.replies()).toEqual([]);
    await t.send(`/check@StoryQaBot ${CLAIMS.altered}`, GROUP);
    expect(visibleText(t.api.lastReply())).toMatch(/^❌ Altered/);
  });

  it("opens the paragraph from 'Show in article'", async () => {
    const t = realBot();
    await t.send(`/check ${CLAIMS.paraphrased}`);
    const show = buttonsOf(t.api.lastReply()).find((b) => b.text === "📄 Show in article")!;
    await t.press(show.data);
    expect(visibleText(t.api.lastReply())).toContain("From the article, paragraph 2 of 7");
    expectValidOutput(t.api);
  });
});
