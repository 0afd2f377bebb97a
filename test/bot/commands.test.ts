import { describe, expect, it } from "vitest";
import { setCommandMenu } from "../../src/bot/index.js";
import { COMMANDS } from "../../src/bot/render/texts.js";
import { buttonsOf, createTestBot, expectValidOutput, visibleText } from "../helpers/harness.js";
import { EN } from "../helpers/texts.js";

describe("/start", () => {
  it("greets by name, says what story the bot knows, and offers summary, who said what and three questions", async () => {
    const t = createTestBot();
    await t.send("/start");
    const reply = t.api.lastReply();
    expect(reply.payload.parse_mode).toBe("HTML");
    expect(visibleText(reply)).toContain("Hi, Ann!");
    expect(visibleText(reply)).toContain(t.kb.summaries.oneLine);
    expect(buttonsOf(reply)).toEqual([
      { text: "📰 Summary", data: "v1:sum:new" },
      { text: "🗣 Who said what", data: "v1:q:all" },
      { text: "Did Putin call for a ceasefire?", data: "v1:a:ceasefire-call" },
      { text: "What does Putin say about <US> policy?", data: "v1:a:us-policy" },
      { text: "What role does Russia want?", data: "v1:a:russia-role" },
    ]);
    expectValidOutput(t.api);
  });

  it("escapes the one-line story, which has & and < in it", async () => {
    const t = createTestBot();
    await t.send("/start");
    expect(t.api.lastReply().payload.text).toContain(
      "Putin calls for a ceasefire &amp; blames &lt;US&gt; policy",
    );
  });
});

describe("/help", () => {
  it("lists every command and example questions", async () => {
    const t = createTestBot();
    await t.send("/help");
    const text = visibleText(t.api.lastReply());
    for (const { command } of COMMANDS) expect(text).toContain(`/${command}`);
    expect(text).toContain("Did Putin call for a ceasefire?");
    expect(text).toContain("@StoryQaBot");
    expectValidOutput(t.api);
  });
});

describe("/quotes", () => {
  it("lists quoted speakers with role and statement count, with a button per speaker", async () => {
    const t = createTestBot();
    await t.send("/quotes");
    const reply = t.api.lastReply();
    const text = visibleText(reply);
    expect(text).toContain("Vladimir Putin, Russian President: 3 statements");
    expect(text).toContain("Dmitry Peskov, Kremlin spokesman: 1 statement");
    expect(text).not.toContain("Erdogan");
    expect(text).not.toContain("The article,");
    expect(buttonsOf(reply)).toEqual([
      { text: "Vladimir Putin (3)", data: "v1:q:putin" },
      { text: "Dmitry Peskov (1)", data: "v1:q:peskov" },
    ]);
    expectValidOutput(t.api);
  });

  it("lists one speaker's statements when their button is pressed", async () => {
    const t = createTestBot();
    await t.send("/quotes");
    await t.press("v1:q:peskov");
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toContain("What Dmitry Peskov said");
    expect(reply.payload.text).toContain(
      "<blockquote>Kremlin spokesman Dmitry Peskov said Moscow wants a constructive role.</blockquote>",
    );
    expect(buttonsOf(reply)).toEqual([{ text: "🗣 Who said what", data: "v1:q:all" }]);
    expectValidOutput(t.api);
  });

  it("goes straight to a speaker named after the command, by any alias", async () => {
    const t = createTestBot();
    await t.send("/quotes Putin");
    const text = visibleText(t.api.lastReply());
    expect(text).toContain("What Vladimir Putin said");
    expect(text).toContain('He said US policy <in the region> had "failed".');
    expectValidOutput(t.api);
  });

  it("says the article does not mention a name that matches nobody, and shows the roster", async () => {
    const t = createTestBot();
    await t.send("/quotes <Biden>");
    const reply = t.api.lastReply();
    expect(visibleText(reply)).toContain("The article does not mention “<Biden>”.");
    expect(buttonsOf(reply).map((b) => b.data)).toEqual(["v1:q:putin", "v1:q:peskov"]);
    expectValidOutput(t.api);
  });

  it("treats a button for a speaker who is no longer in the knowledge base as expired", async () => {
    const t = createTestBot();
    await t.press("v1:q:lavrov");
    expect(t.api.replies()).toEqual([]);
    expect(t.api.of("answerCallbackQuery")[0]!.payload.text).toBe(EN("button-expired"));
  });
});

describe("the command menu", () => {
  it("is set with setMyCommands", async () => {
    const t = createTestBot();
    await setCommandMenu(t.bot.api, t.logger);
    expect(t.api.of("setMyCommands")[0]!.payload.commands.map((c: { command: string }) => c.command)).toEqual(
      COMMANDS.map((c) => c.command),
    );
  });

  it("logs a failure to set it as a warning and carries on", async () => {
    const t = createTestBot();
    t.api.failNext("setMyCommands", { error_code: 400, description: "Bad Request: commands are invalid" });
    await expect(setCommandMenu(t.bot.api, t.logger)).resolves.toBeUndefined();
    const warning = t.logs.entries().find((e) => e.level === "warn");
    expect(warning?.msg).toContain("command menu");
  });
});

describe("unknown commands", () => {
  it("get a pointer to /help in a private chat", async () => {
    const t = createTestBot();
    await t.send("/frobnicate");
    expect(visibleText(t.api.lastReply())).toBe(EN("unknown-command"));
  });

  it("addressed to another bot are ignored", async () => {
    const t = createTestBot();
    await t.send("/summary@OtherBot");
    expect(t.api.calls).toEqual([]);
  });
});
