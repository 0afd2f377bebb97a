// Whatever Telegram and its users send (markup, huge or empty text, emoji, media, edits, channel posts, membership
// changes, forged buttons), the bot replies sensibly or stays silent, and never fails.
import type { Update } from "grammy/types";
import { describe, expect, it, vi } from "vitest";
import { DOUBLE_TAP_WINDOW_MS } from "../../src/bot/features/button-guards.js";
import { textMessageUpdate } from "../../src/transports/local-updates.js";
import { createTestBot, expectValidOutput, GROUP, PRIVATE, visibleText } from "../helpers/harness.js";
import { EN } from "../helpers/texts.js";

type TestBot = ReturnType<typeof createTestBot>;

const errorsLogged = (t: TestBot) =>
  t.logs.entries().filter((e) => e.level === "error" || e.level === "fatal");

const message = (fields: Record<string, unknown>, where = PRIVATE) =>
  ({
    update_id: 900,
    message: { message_id: 900, date: 0, chat: where.chat, from: where.user, ...fields },
  }) as unknown as Update;

describe("user text with markup", () => {
  for (const typed of ["<script>alert(1)</script>", "a<b && c>d", "&nbsp; &amp;", "<b>unclosed <i>tags"]) {
    it(`shows ${JSON.stringify(typed)} exactly as typed, escaped, in valid HTML`, async () => {
      const t = createTestBot();
      await t.send(`/quotes ${typed}`);
      expect(visibleText(t.api.lastReply())).toContain(`“${typed}”`);
      expectValidOutput(t.api);
      expect(errorsLogged(t)).toEqual([]);
    });
  }

  it("greets a user whose name is markup by that name, as typed", async () => {
    const t = createTestBot();
    const user = { ...PRIVATE.user, first_name: "<b>Bob</b> & co" };
    await t.send("/start", { chat: { ...PRIVATE.chat }, user });
    expect(visibleText(t.api.lastReply())).toContain("Hi, <b>Bob</b> & co!");
    expectValidOutput(t.api);
  });
});

describe("a reply over 4,096 characters", () => {
  it("is split on paragraph boundaries into valid messages, the keyboard only under the last", async () => {
    const t = createTestBot();
    // Echoed back in the reply: 4,000 characters, each escaped to four.
    await t.send(`/quotes ${"<".repeat(4000)}`);
    const parts = t.api.replies();
    expect(parts.length).toBeGreaterThan(1);
    expectValidOutput(t.api);
    for (const part of parts.slice(0, -1)) expect(part.payload.reply_markup).toBeUndefined();
    expect(parts.at(-1)!.payload.reply_markup.inline_keyboard.length).toBeGreaterThan(0);
    expect(parts.map(visibleText).join("")).toContain("<".repeat(4000));
  });
});

describe("odd messages", () => {
  const odd: [string, string][] = [
    ["empty text", ""],
    ["4,096 characters", "why ".repeat(1024)],
    ["2,000 emoji", "😀".repeat(2000)],
    ["right-to-left text", "\u202Eما الذي قاله بوتين؟ \u200f"],
    ["control characters", "\u0000\u0007\u001b[31mputin\u0008\u007f"],
    ["only white space", " \n\t "],
  ];
  for (const [what, text] of odd) {
    it(`answers ${what} with a valid reply, without an error`, async () => {
      const t = createTestBot();
      await t.send(text);
      expect(t.api.replies()).toHaveLength(1);
      expectValidOutput(t.api);
      expect(errorsLogged(t)).toEqual([]);
    });
  }

  const media: [string, Record<string, unknown>][] = [
    ["a sticker", { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1 } }],
    ["a photo", { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }], caption: "<b>hi" }],
    ["a voice note", { voice: { file_id: "v", file_unique_id: "v", duration: 3 } }],
  ];
  for (const [what, fields] of media) {
    it(`asks for text when sent ${what} in private, and stays silent in a group`, async () => {
      const t = createTestBot();
      await t.bot.handleUpdate(message(fields));
      expect(visibleText(t.api.lastReply())).toBe(EN("text-only"));
      t.api.clear();
      await t.bot.handleUpdate(message(fields, GROUP));
      expect(t.api.calls).toEqual([]);
      expect(errorsLogged(t)).toEqual([]);
    });
  }

  const silent: [string, Update][] = [
    [
      "an edited message",
      { update_id: 1, edited_message: { ...message({ text: "x" }).message!, edit_date: 1 } },
    ],
    [
      "a channel post with no sender",
      {
        update_id: 2,
        channel_post: {
          message_id: 1,
          date: 0,
          chat: { id: -1001, type: "channel", title: "News" },
          text: "/start",
        },
      } as Update,
    ],
    [
      "my_chat_member (the bot blocked or added)",
      {
        update_id: 3,
        my_chat_member: {
          chat: PRIVATE.chat,
          from: PRIVATE.user,
          date: 0,
          old_chat_member: { status: "member", user: { id: 777, is_bot: true, first_name: "Bot" } },
          new_chat_member: {
            status: "kicked",
            until_date: 0,
            user: { id: 777, is_bot: true, first_name: "Bot" },
          },
        },
      } as Update,
    ],
  ];
  for (const [what, update] of silent) {
    it(`stays silent on ${what}, without an error`, async () => {
      const t = createTestBot();
      await t.bot.handleUpdate(update);
      expect(t.api.calls).toEqual([]);
      expect(errorsLogged(t)).toEqual([]);
    });
  }
});

describe("forged and stale buttons", () => {
  const forged: [string, string][] = [
    ["random bytes", "\u0000\u00ff\ud83d\ude00\u202e\uffff"],
    ["an unknown prefix", "x1:a:ceasefire-call"],
    ["an older version (after a redeploy)", "v0:a:ceasefire-call"],
    ["an entry that no longer exists", "v1:a:no-such-entry"],
    ["a quote index out of range", "v1:src:ceasefire-call:99"],
    ["a speaker that no longer exists", "v1:q:nobody"],
    ["data over 64 bytes", `v1:a:${"x".repeat(100)}`],
  ];
  for (const [what, data] of forged) {
    it(`answers a button with ${what} with "expired", and does nothing else`, async () => {
      const t = createTestBot();
      await t.press(data);
      expect(t.api.calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
      expect(t.api.calls[0]!.payload.text).toBe(EN("button-expired"));
      expect(errorsLogged(t)).toEqual([]);
    });
  }

  it("answers a button press with no data (a game button) with 'expired'", async () => {
    const t = createTestBot();
    const update = {
      update_id: 5,
      callback_query: { id: "cq5", from: PRIVATE.user, chat_instance: "x", game_short_name: "g" },
    } as Update;
    await t.bot.handleUpdate(update);
    expect(t.api.calls.map((c) => [c.method, c.payload.text])).toEqual([
      ["answerCallbackQuery", EN("button-expired")],
    ]);
  });

  it("answers a button press that comes from no chat (an inline message, or forged) with 'expired'", async () => {
    const t = createTestBot();
    const update = {
      update_id: 6,
      callback_query: {
        id: "cq6",
        from: PRIVATE.user,
        chat_instance: "x",
        inline_message_id: "im",
        data: "v1:a:us-policy",
      },
    } as Update;
    await t.bot.handleUpdate(update);
    expect(t.api.calls.map((c) => [c.method, c.payload.text])).toEqual([
      ["answerCallbackQuery", EN("button-expired")],
    ]);
    expect(errorsLogged(t)).toEqual([]);
  });

  it("answers a double tap once with an effect and once quietly: one answer card, not two", async () => {
    const t = createTestBot();
    await t.send("Did Putin call for a ceasefire?");
    t.api.clear();
    await t.press("v1:a:us-policy");
    await t.press("v1:a:us-policy");
    expect(t.api.of("sendMessage")).toHaveLength(1);
    expect(t.api.of("answerCallbackQuery")).toHaveLength(2);
  });

  it("swallows Telegram's 'message is not modified' when a toggle is applied twice", async () => {
    const t = createTestBot();
    await t.send("/summary");
    const summary = t.api.lastReply();
    const on = { ...(summary.result as object), text: "…" } as never;
    await t.press("v1:sum:long", PRIVATE, on);
    // The same press again after the double-tap window (a stale client): the edit changes nothing.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + DOUBLE_TAP_WINDOW_MS);
      await t.press("v1:sum:long", PRIVATE, on);
    } finally {
      vi.useRealTimers();
    }
    expect(t.api.of("editMessageText")).toHaveLength(2);
    expect(t.logs.text()).not.toContain("not modified");
    expect(errorsLogged(t)).toEqual([]);
  });
});

describe("a question in a group that is not for the bot", () => {
  it("is ignored whatever it contains", async () => {
    const t = createTestBot();
    await t.bot.handleUpdate(textMessageUpdate(1, 1, GROUP, "<script> 😀".repeat(400)));
    expect(t.api.calls).toEqual([]);
  });
});
